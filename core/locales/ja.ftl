# otel-feedback: ja catalog (keys missing here fall back to en.ftl).
