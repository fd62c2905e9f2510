package io.gridgov.spi.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validator for the subset of JSON Schema 2020-12 that the schemas in docs/schemas use. It throws on
 * any other keyword, so the schema cannot start using one this test does not check.
 */
final class MiniSchema {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");
    private static final Set<String> KEYWORDS = Set.of("type", "required", "additionalProperties", "properties",
            "const", "enum", "oneOf", "anyOf", "$ref", "items", "pattern", "minLength", "maxLength", "minimum", "maximum",
            "minItems", "maxItems", "prefixItems", "uniqueItems");

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "$", errors);
        return errors;
    }

    private void check(JsonNode s, JsonNode v, String path, List<String> errors) {
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalStateException("the schema uses '" + k + "' at " + path
                        + ", which this test's validator does not check; extend MiniSchema");
            }
        }
        if (s.has("$ref")) {
            String ref = s.get("$ref").textValue();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), v, path, errors);
        }
        if (s.has("type") && !typeMatches(s.get("type"), v)) {
            errors.add(path + ": expected type " + s.get("type") + ", found " + v.getNodeType());
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            errors.add(path + ": expected " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " is not one of " + s.get("enum"));
            }
        }
        if (s.has("oneOf")) {
            int matches = 0;
            for (JsonNode sub : s.get("oneOf")) {
                List<String> subErrors = new ArrayList<>();
                check(sub, v, path, subErrors);
                matches += subErrors.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf, not exactly 1");
            }
        }
        if (s.has("anyOf")) {
            boolean any = false;
            for (JsonNode sub : s.get("anyOf")) {
                List<String> subErrors = new ArrayList<>();
                check(sub, v, path, subErrors);
                any |= subErrors.isEmpty();
            }
            if (!any) {
                errors.add(path + ": matches none of anyOf");
            }
        }
        if (v.isTextual()) {
            int length = v.textValue().codePointCount(0, v.textValue().length()); // JSON Schema counts code points
            if (s.has("minLength") && length < s.get("minLength").intValue()) {
                errors.add(path + ": shorter than " + s.get("minLength"));
            }
            if (s.has("maxLength") && length > s.get("maxLength").intValue()) {
                errors.add(path + ": longer than " + s.get("maxLength"));
            }
        }
        if (v.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").textValue()).matcher(v.textValue()).find()) {
            errors.add(path + ": '" + v.textValue() + "' does not match " + s.get("pattern").textValue());
        }
        if (v.isNumber()) {
            if (s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
                errors.add(path + ": below " + s.get("minimum"));
            }
            if (s.has("maximum") && v.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
                errors.add(path + ": above " + s.get("maximum"));
            }
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").intValue()) {
                errors.add(path + ": fewer than " + s.get("minItems") + " items");
            }
            if (s.has("uniqueItems") && s.get("uniqueItems").booleanValue()) {
                Set<JsonNode> seen = new HashSet<>();
                for (JsonNode e : v) {
                    if (!seen.add(e)) {
                        errors.add(path + ": " + e + " appears twice");
                    }
                }
            }
            if (s.has("maxItems") && v.size() > s.get("maxItems").intValue()) {
                errors.add(path + ": more than " + s.get("maxItems") + " items");
            }
            int prefix = 0;
            if (s.has("prefixItems")) {
                JsonNode prefixItems = s.get("prefixItems");
                prefix = prefixItems.size();
                for (int i = 0; i < Math.min(prefix, v.size()); i++) {
                    check(prefixItems.get(i), v.get(i), path + "[" + i + "]", errors);
                }
            }
            if (s.has("items")) {
                for (int i = prefix; i < v.size(); i++) {
                    check(s.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) {
                    if (!v.has(r.textValue())) {
                        errors.add(path + ": missing " + r.textValue());
                    }
                }
            }
            JsonNode props = s.get("properties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (props != null && props.has(name)) {
                    check(props.get(name), v.get(name), path + "." + name, errors);
                } else if (s.has("additionalProperties") && !s.get("additionalProperties").booleanValue()) {
                    errors.add(path + "." + name + ": not allowed");
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.textValue()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
