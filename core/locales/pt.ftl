# otel-feedback: pt catalog (keys missing here fall back to en.ftl).
