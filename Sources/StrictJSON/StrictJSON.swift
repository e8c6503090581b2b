// Strict JSON input.
