package org.ilo.cnmn.content;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.platform.params.Language;

/** A translation of a title and summary; a field left null is served in English. */
@JsonPropertyOrder({ "title", "summary" })
@Schema(name = "Translation", description = "Title and summary in one language; null fields fall back to English.")
public record TranslationDto(
        @Size(max = 300)
        @Schema(required = true, nullable = true, description = "Translated title.", maxLength = 300,
                example = "可持续竞争力和负责任企业项目（SCORE）第三期——中国") String title,
        @Size(max = 10_000)
        @Schema(required = true, nullable = true, description = "Translated summary.", maxLength = 10_000,
                example = "SCORE是一个实用的培训和企业内部咨询项目。") String summary) {

    /** A blank translation is no translation: it must not blank out the English text. */
    public TranslationDto {
        title = title == null || title.isBlank() ? null : title;
        summary = summary == null || summary.isBlank() ? null : summary;
    }

    /** The translations that say something, sorted by language; empty ones are dropped. */
    public static Map<String, TranslationDto> present(Map<String, TranslationDto> translations) {
        Map<String, TranslationDto> present = new TreeMap<>();
        translations.forEach((language, t) -> {
            if (t != null && (t.title() != null || t.summary() != null)) {
                present.put(language, t);
            }
        });
        return present;
    }

    /** {@code field} of {@code translation} in {@code language}, or the English text. */
    public static String pick(Map<String, TranslationDto> translations, Language language, String english,
            Function<TranslationDto, String> field) {
        if (language == Language.EN || translations == null) {
            return english;
        }
        TranslationDto t = translations.get(language.tag());
        String text = t == null ? null : field.apply(t);
        return text == null ? english : text;
    }
}
