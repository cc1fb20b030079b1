//! The otel-feedback web component (placeholder until the widget issue).
use wasm_bindgen::prelude::*;

/// Returns the core crate's version, proving the wasm build links core.
#[wasm_bindgen]
pub fn version() -> String {
    otel_feedback_core::VERSION.to_string()
}
