package org.ilo.cnmn.platform.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Fills in the documentation of operations a generic resource declares once for several kinds of item: in the
 * operations of a tag with the {@value #ITEM} extension, {item} becomes its {@code noun} ("press release"),
 * {Item} the noun capitalised, {Type} the noun as a type name ("PressRelease", which also names its schemas) and
 * any other {key} that extension's value of it. The extension itself is not part of the contract.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ItemTemplates implements OASFilter {

    public static final String ITEM = "x-item";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Map<String, String>> byTag = new HashMap<>();
        for (Tag tag : openAPI.getTags()) {
            if (tag.getExtensions() != null && tag.getExtensions().get(ITEM) instanceof Map<?, ?> item) {
                byTag.put(tag.getName(), values(item));
                tag.removeExtension(ITEM);
            }
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getTags() != null && operation.getTags().size() == 1
                    && byTag.containsKey(operation.getTags().get(0))) {
                fill(operation, byTag.get(operation.getTags().get(0)));
            }
        }));
    }

    private static Map<String, String> values(Map<?, ?> item) {
        Map<String, String> values = new HashMap<>();
        item.forEach((key, value) -> values.put("{" + key + "}", String.valueOf(value)));
        String noun = values.get("{noun}");
        values.put("{item}", noun);
        values.put("{Item}", Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
        StringBuilder type = new StringBuilder();
        for (String word : noun.split(" ")) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        values.put("{Type}", type.toString());
        return values;
    }

    private static void fill(Operation operation, Map<String, String> values) {
        fill(operation::getOperationId, operation::setOperationId, values);
        fill(operation::getSummary, operation::setSummary, values);
        fill(operation::getDescription, operation::setDescription, values);
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                fill(parameter::getDescription, parameter::setDescription, values);
                if (parameter.getExample() instanceof String example) {
                    parameter.setExample(fill(example, values));
                }
            });
        }
        if (operation.getRequestBody() != null) {
            fill(operation.getRequestBody().getContent(), values);
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            fill(response::getDescription, response::setDescription, values);
            fill(response.getContent(), values);
        });
    }

    private static void fill(Content content, Map<String, String> values) {
        if (content != null) {
            content.getMediaTypes().values().stream().map(mediaType -> mediaType.getSchema())
                    .filter(schema -> schema != null && schema.getRef() != null)
                    .forEach(schema -> schema.setRef(fill(schema.getRef(), values)));
        }
    }

    private static void fill(Supplier<String> get, Consumer<String> set, Map<String, String> values) {
        if (get.get() != null) {
            set.accept(fill(get.get(), values));
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (var value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }
}
