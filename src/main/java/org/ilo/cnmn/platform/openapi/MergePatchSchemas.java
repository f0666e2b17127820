package org.ilo.cnmn.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The schema of a merge patch (RFC 7396) derived from the schema the same path's PUT takes, so the two cannot drift
 * apart: {@code XWrite} gives {@code XPatch} with every member nullable and none required, each saying what null
 * does to it. The patch body itself is read as a JSON tree and the merged result validated as {@code XWrite}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class MergePatchSchemas implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            MediaType patch = body(path.getPATCH(), ApiDefinition.MERGE_PATCH);
            MediaType put = body(path.getPUT(), jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (patch != null && put != null && put.getSchema().getRef() != null) {
                String write = put.getSchema().getRef().substring(SCHEMAS.length());
                String name = write.replaceFirst("Write$", "") + "Patch";
                openAPI.getComponents().addSchema(name, patchOf(write, schemas.get(write)));
                patch.setSchema(OASFactory.createSchema().ref(SCHEMAS + name));
            }
        });
    }

    private static MediaType body(Operation operation, String mediaType) {
        if (operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType body = operation.getRequestBody().getContent().getMediaType(mediaType);
        return body == null || body.getSchema() == null ? null : body;
    }

    private static Schema patchOf(String writeName, Schema write) {
        List<String> required = write.getRequired() == null ? List.of() : write.getRequired();
        Schema patch = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A JSON Merge Patch of a " + writeName + ": a member replaces, null removes (a required "
                        + "field cannot be removed), an absent member stays as it is.");
        write.getProperties().forEach((name, property) -> patch.addProperty(name,
                member(name, property, required.contains(name))));
        return patch;
    }

    private static Schema member(String name, Schema property, boolean required) {
        Map<String, Object> all = new LinkedHashMap<>(property.getAll());
        Schema member = OASFactory.createSchema();
        member.setAll(all);
        List<Schema.SchemaType> types = new ArrayList<>(member.getType() == null ? List.of() : member.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        member.setType(types);
        member.setDescription(property.getDescription() + " " + whatNullDoes(name, property, required));
        return member;
    }

    private static String whatNullDoes(String name, Schema property, boolean required) {
        List<Schema.SchemaType> types = property.getType() == null ? List.of() : property.getType();
        if (name.equals("id")) {
            return "A patch may only repeat it.";
        }
        if (required) {
            return "Cannot be removed.";
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            return "Null empties the list.";
        }
        if (property.getAdditionalPropertiesSchema() != null) {
            return "Merged member by member; null removes them all.";
        }
        return "Null removes it.";
    }
}
