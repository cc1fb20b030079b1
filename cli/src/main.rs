fn main() {
    println!("otel-feedback {}", otel_feedback_core::VERSION);
}
