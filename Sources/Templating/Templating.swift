// The template engine. See Template.swift.
