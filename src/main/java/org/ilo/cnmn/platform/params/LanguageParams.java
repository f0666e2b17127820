package org.ilo.cnmn.platform.params;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** How a read picks its content language: {@code lang}, else {@code Accept-Language}. */
public class LanguageParams {

    @Parameter(ref = ApiDefinition.LANG)
    @RestQuery
    String lang;

    @Parameter(ref = ApiDefinition.ACCEPT_LANGUAGE)
    @RestHeader("Accept-Language")
    String acceptLanguage;

    /** The language asked for; a bad {@code lang} joins the problems in {@code params} (English meanwhile). */
    public Language language(QueryParams params) {
        return params.language(lang, acceptLanguage);
    }
}
