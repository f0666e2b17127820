package org.ilo.cnmn.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ilo.cnmn.client.ApiClient;
import org.ilo.cnmn.client.ApiException;
import org.ilo.cnmn.client.ApiResponse;
import org.ilo.cnmn.client.api.ProjectsApi;
import org.ilo.cnmn.client.api.ProjectsApi.APIGetProjectRequest;
import org.ilo.cnmn.client.api.ProjectsApi.APIListProjectsRequest;
import org.ilo.cnmn.client.model.FieldError;
import org.ilo.cnmn.client.model.PageProjectDto;
import org.ilo.cnmn.client.model.Problem;
import org.ilo.cnmn.client.model.Project;
import org.ilo.cnmn.client.model.ProjectPatch;
import org.ilo.cnmn.client.model.ProjectWrite;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Java client that openapi-generator 7.25.0 ({@code java}, library {@code native}) makes from
 * openapi/openapi.yaml, used as a consumer would, against the running service.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class GeneratedJavaClientTest {

    private static final String EDITOR = Tokens.editor("generated-java-client");

    @TestHTTPResource("/")
    URL base;

    private ProjectsApi anonymous;
    private ProjectsApi editor;

    @BeforeEach
    void clients() {
        anonymous = new ProjectsApi(client());
        ApiClient withToken = client();
        // the native library has no auth support of its own; an interceptor is its documented hook
        withToken.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EDITOR));
        editor = new ProjectsApi(withToken);
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        return client;
    }

    @Test
    void pagesThroughAllProjectsThreeAtATime() throws ApiException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        long total;
        int pages = 0;
        do {
            PageProjectDto page = anonymous.listProjects(APIListProjectsRequest.newBuilder().limit(3).cursor(cursor).build());
            assertTrue(page.getItems().size() <= 3, "a page holds at most limit items");
            page.getItems().forEach(p -> ids.add(p.getId()));
            total = page.getPage().getTotalItems();
            cursor = page.getPage().getNextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertTrue(total >= 10, "the seed has 10 projects, the list says " + total);
        assertEquals(total, ids.size(), "every project once: " + ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no project twice: " + ids);
        assertEquals((total + 2) / 3, pages);
    }

    @Test
    void readsOneProjectAndRevalidatesItWithItsETag() throws ApiException {
        ApiResponse<Project> read = anonymous.getProjectWithHttpInfo(get("score-phase-3-china").build());
        assertEquals(200, read.getStatusCode());
        assertEquals("score-phase-3-china", read.getData().getId());
        String etag = read.getHeaders().get("ETag").get(0);

        // the native library answers every non-2xx, a 304 too, with an ApiException carrying its status
        ApiException notModified = assertThrows(ApiException.class, () -> anonymous.getProjectWithHttpInfo(
                get("score-phase-3-china").ifNoneMatch(etag).build()));
        assertEquals(304, notModified.getCode());
        assertEquals(etag, notModified.getResponseHeaders().firstValue("ETag").orElseThrow());
    }

    @Test
    void readsTheFieldErrorsOfA400() {
        ApiException invalid = assertThrows(ApiException.class, () -> anonymous.listProjects(
                APIListProjectsRequest.newBuilder().limit(0).sort("no-such-field").build()));
        assertEquals(400, invalid.getCode());
        Problem problem = parse(invalid.getResponseBody(), Problem.class);
        List<String> names = problem.getErrors().stream().map(FieldError::getName).toList();
        assertFalse(names.isEmpty(), "errors name the invalid parameters: " + problem);
        assertTrue(Set.of("limit", "sort").containsAll(names), "only the invalid ones: " + problem);
    }

    @Test
    void createsPatchesAFieldToNullAndDeletes() throws ApiException {
        String id = "java-client-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse<Project> created = editor.createProjectWithHttpInfo(new ProjectWrite().id(id)
                .title("Written by the generated Java client").summary("To be removed by a merge patch.")
                .startDate(LocalDate.of(2027, 1, 1)).endDate(LocalDate.of(2027, 12, 31))
                .themes(List.of("employment")).countries(List.of("MN")));
        assertEquals(201, created.getStatusCode());
        assertEquals("To be removed by a merge patch.", created.getData().getSummary());
        String etag = created.getHeaders().get("ETag").get(0);

        ApiResponse<Project> patched = editor.patchProjectWithHttpInfo(id, etag, new ProjectPatch().summary(null));
        assertEquals(200, patched.getStatusCode());
        Project reread = anonymous.getProject(get(id).build());
        assertNull(reread.getSummary(), "summary removed by the merge patch");

        String current = anonymous.getProjectWithHttpInfo(get(id).build()).getHeaders().get("ETag").get(0);
        assertEquals(204, editor.deleteProjectWithHttpInfo(id, current).getStatusCode());
        ApiException gone = assertThrows(ApiException.class, () -> anonymous.getProject(get(id).build()));
        assertEquals(404, gone.getCode());
    }

    private static APIGetProjectRequest.Builder get(String id) {
        return APIGetProjectRequest.newBuilder().id(id);
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            T value = ApiClient.createDefaultObjectMapper().readValue(json, type);
            assertNotNull(value);
            return value;
        } catch (IOException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
