package org.ilo.cnmn.vocabulary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.platform.paging.Pages;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.vocabulary.VocabularyQueries.Vocabulary;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Vocabularies")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    @Inject VocabularyService vocabularies;
    @Inject IloConfig config;

    @GET
    @Path("/countries")
    @Operation(summary = "List countries", description = "Countries in name order, with how many projects and press releases refer to each.")
    @APIResponse(responseCode = "200", description = "One page of countries.")
    public RestResponse<Page<CountryDto>> listCountries(
            @BeanParam PageParams page, UriInfo uri) {
        return list(VocabularyQueries.COUNTRIES, page, uri);
    }

    @GET
    @Path("/countries/{code}")
    @Operation(summary = "Get a country", description = "One country with its usage counts.")
    @APIResponse(responseCode = "200", description = "The country.")
    public CountryDto getCountry(@Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MN") @RestPath String code) {
        return get(VocabularyQueries.COUNTRIES, code);
    }

    @GET
    @Path("/funders")
    @Operation(summary = "List funders", description = "Funders in name order, with how many projects each funds.")
    @APIResponse(responseCode = "200", description = "One page of funders.")
    public RestResponse<Page<FunderDto>> listFunders(
            @BeanParam PageParams page, UriInfo uri) {
        return list(VocabularyQueries.FUNDERS, page, uri);
    }

    @GET
    @Path("/funders/{id}")
    @Operation(summary = "Get a funder", description = "One funder with its project count.")
    @APIResponse(responseCode = "200", description = "The funder.")
    public FunderDto getFunder(@Parameter(description = "Funder id.", example = "european-union") @RestPath String id) {
        return get(VocabularyQueries.FUNDERS, id);
    }

    @GET
    @Path("/themes")
    @Operation(summary = "List themes", description = "Themes in name order, with how many projects and press releases carry each.")
    @APIResponse(responseCode = "200", description = "One page of themes.")
    public RestResponse<Page<ThemeDto>> listThemes(
            @BeanParam PageParams page, UriInfo uri) {
        return list(VocabularyQueries.THEMES, page, uri);
    }

    @GET
    @Path("/themes/{id}")
    @Operation(summary = "Get a theme", description = "One theme with its usage counts.")
    @APIResponse(responseCode = "200", description = "The theme.")
    public ThemeDto getTheme(@Parameter(description = "Theme id.", example = "social-protection") @RestPath String id) {
        return get(VocabularyQueries.THEMES, id);
    }

    private <T> RestResponse<Page<T>> list(Vocabulary<T> vocabulary, PageParams page, UriInfo uri) {
        return Pages.ok(vocabularies.list(vocabulary, page.size(config), page.cursor()), uri);
    }

    private <T> T get(Vocabulary<T> vocabulary, String id) {
        return vocabularies.get(vocabulary, id).orElseThrow(() -> ApiException.notFound(vocabulary.entry(), id));
    }
}
