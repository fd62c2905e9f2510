package io.gridgov.routing.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the part of JSON Schema (2020-12) that {@code rule-set.schema.json} uses, and
 * nothing more: a keyword it does not know is an error, so the schema cannot quietly outgrow the check.
 * Reports each violation as {@code path: what}.
 */
final class SchemaCheck {
    /** Keywords that describe and do not constrain. */
    private static final Set<String> NOTES = Set.of("$schema", "$id", "title", "description", "$defs");

    private final JsonNode root;

    SchemaCheck(JsonNode root) {
        this.root = root;
    }

    List<String> violations(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode v, String at, List<String> out) {
        for (Map.Entry<String, JsonNode> k : schema.properties()) {
            JsonNode arg = k.getValue();
            switch (k.getKey()) {
                case "$ref" -> check(resolve(arg.textValue()), v, at, out);
                case "type" -> {
                    if (!hasType(v, arg.textValue())) {
                        out.add(at + ": not of type " + arg.textValue());
                    }
                }
                case "const" -> {
                    if (!arg.equals(v)) {
                        out.add(at + ": not " + arg);
                    }
                }
                case "enum" -> {
                    boolean listed = false;
                    for (JsonNode option : arg) {
                        listed |= option.equals(v);
                    }
                    if (!listed) {
                        out.add(at + ": not one of " + arg);
                    }
                }
                case "minimum", "maximum" -> {
                    if (v.isNumber()) {
                        int c = v.decimalValue().compareTo(new BigDecimal(arg.asText()));
                        if (k.getKey().equals("minimum") ? c < 0 : c > 0) {
                            out.add(at + ": " + k.getKey() + " " + arg.asText());
                        }
                    }
                }
                case "minLength", "maxLength" -> {
                    if (v.isTextual()) {
                        int n = v.textValue().codePointCount(0, v.textValue().length());
                        if (k.getKey().equals("minLength") ? n < arg.intValue() : n > arg.intValue()) {
                            out.add(at + ": " + k.getKey() + " " + arg.intValue());
                        }
                    }
                }
                case "pattern" -> {
                    if (v.isTextual() && !Pattern.compile(arg.textValue()).matcher(v.textValue()).find()) {
                        out.add(at + ": does not match " + arg.textValue());
                    }
                }
                case "minItems" -> {
                    if (v.isArray() && v.size() < arg.intValue()) {
                        out.add(at + ": fewer than " + arg.intValue() + " items");
                    }
                }
                case "uniqueItems" -> {
                    Set<JsonNode> seen = new HashSet<>();
                    for (int i = 0; v.isArray() && arg.booleanValue() && i < v.size(); i++) {
                        if (!seen.add(v.get(i))) {
                            out.add(at + "[" + i + "]: repeated");
                        }
                    }
                }
                case "items" -> {
                    for (int i = 0; v.isArray() && i < v.size(); i++) {
                        check(arg, v.get(i), at + "[" + i + "]", out);
                    }
                }
                case "required" -> {
                    for (JsonNode name : arg) {
                        if (v.isObject() && !v.has(name.textValue())) {
                            out.add(at + "." + name.textValue() + ": required");
                        }
                    }
                }
                case "properties" -> {
                    for (Map.Entry<String, JsonNode> p : arg.properties()) {
                        if (v.isObject() && v.has(p.getKey())) {
                            check(p.getValue(), v.get(p.getKey()), at + "." + p.getKey(), out);
                        }
                    }
                }
                case "additionalProperties" -> {
                    JsonNode declared = schema.path("properties");
                    for (Map.Entry<String, JsonNode> m : v.isObject() ? v.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
                        if (!declared.has(m.getKey())) {
                            if (arg.isBoolean() && !arg.booleanValue()) {
                                out.add(at + "." + m.getKey() + ": not allowed");
                            } else if (arg.isObject()) {
                                check(arg, m.getValue(), at + "." + m.getKey(), out);
                            }
                        }
                    }
                }
                default -> {
                    if (!NOTES.contains(k.getKey())) {
                        throw new IllegalStateException("the schema uses '" + k.getKey() + "' at " + at
                                + ", which this check does not know; teach SchemaCheck the keyword");
                    }
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are known: " + ref);
        }
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        if (n.isMissingNode()) {
            throw new IllegalStateException("dangling reference " + ref);
        }
        return n;
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
