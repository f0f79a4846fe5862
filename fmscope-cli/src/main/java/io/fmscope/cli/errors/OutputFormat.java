package io.fmscope.cli.errors;

/** {@code --format}: an aligned table for people, JSON for scripts. */
public enum OutputFormat { text, json }
