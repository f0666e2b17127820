package org.ilo.cnmn.content;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An independent check that every fact on the three published pages of the ILO Country Office for
 * China and Mongolia (Projects, About the office, News and press releases) is served
 * by the API, exactly as the pages state it (typographic quotes and the pages' own typos included).
 *
 * The expected values below were written from the pages, not from the seed migration; only the ids
 * of the modelling vocabulary (themes, partners, funders) follow the migration. Press-release ids are
 * not assumed: releases are found by listing and matching title and date. Where the API splits running
 * text into list items (focus areas, constituents, UN priority areas), each item is the page's phrase
 * with its first letter capitalised and nothing else changed.
 */
@QuarkusTest
class SeedContentTest {

    private static final String CN = "CN";
    private static final String MN = "MN";
    private static final String EU = "european-union";
    private static final String ILO = "ilo";

    // ---------------------------------------------------------------- page "Projects"

    private static final List<String> PROJECT_IDS = List.of(
            "universal-social-protection-china",
            "score-phase-3-china",
            "formal-employment-mongolia",
            "responsible-supply-chains-asia",
            "responsible-supply-chains-asia-china",
            "fprw-cotton-supply-chain-china",
            "gsp-plus-phase-2-mongolia",
            "collective-bargaining-china",
            "aids-discrimination-workplace-china",
            "gsp-plus-beneficiary-mongolia");

    /** id, title, startDate, endDate, country codes, region, funder ids, summary: as the page states them. */
    static Stream<Arguments> projectsOnThePage() {
        return Stream.of(
                Arguments.of("universal-social-protection-china",
                        "Improving China’s Institutional Capacity towards Universal Social Protection",
                        "2019-07-01", "2022-06-30", List.of(CN), null, List.of(EU),
                        "The project is funded by the European Union under the EU’s Partnership Instrument "
                                + "“EU-China Cooperation on Employment, Social Affairs and Inclusion.”"),
                Arguments.of("score-phase-3-china",
                        "Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China",
                        "2017-11-01", "2021-10-31", List.of(CN), null, List.of(),
                        "Sustaining Competitive and Responsible enterprises (SCORE) is a practical training and "
                                + "in-factory counselling programme that improves productivity and working conditions "
                                + "in small and medium enterprises (SMEs)."),
                Arguments.of("formal-employment-mongolia",
                        "Formal Employment Is Promoted for Inclusive and Diversified Economic Growth in Mongolia",
                        "2019-01-01", "2020-12-31", List.of(MN), null, List.of(ILO),
                        "The project, funded from the ILO Regular Budget Supplementary Account, focuses on "
                                + "facilitating progressive transitions from the informal to the formal economy in in "
                                + "Mongolia. The actions under the project will give effect to the ILO’s roadmap for "
                                + "“Effective ILO development cooperation in support of the Sustainable Development "
                                + "Goals” and the ILO Transitions from the Informal Economy to the Formal Economy "
                                + "Recommendation, 2015 (No 204). Further it provides support to the government in "
                                + "addressing the Direct Request of the ILO Committee of Experts on the Application of "
                                + "Conventions and Recommendations on Mongolia’s application of the Employment Policy "
                                + "Convention No 122."),
                Arguments.of("responsible-supply-chains-asia",
                        "Responsible Supply Chains in Asia",
                        "2017-12-15", "2020-12-14", List.of(), "Asia", List.of(),
                        "The Responsible Supply Chains in Asia programme aims to further sustainable and inclusive "
                                + "economic, social and environmental progress by integrating responsible business "
                                + "practices into the operations of multinational companies and their supply chains. "
                                + "Active in selected industrial sectors in six Asian countries, it takes a "
                                + "multifaceted approach with the aim of promoting respect for human rights, and "
                                + "labour and environmental standards."),
                Arguments.of("responsible-supply-chains-asia-china",
                        "Responsible Supply Chains in Asia - China",
                        "2017-12-15", "2020-12-14", List.of(CN), null, List.of(EU, ILO),
                        "The Responsible Supply Chains in Asia programme aims to promote responsible business "
                                + "practices into the operations of multinational companies and their supply chains. "
                                + "Active in six Asian countries, the programme in China is working to enhance respect "
                                + "for labour rights and environmental standards among multinational enterprises with "
                                + "supply chains in the electronics and textiles sectors. This project is co-funded by "
                                + "the European Union and the ILO under the EU’s Partnership Instrument."),
                Arguments.of("fprw-cotton-supply-chain-china",
                        "Promoting Fundamental Principles and Rights at Work in the Cotton Supply Chain",
                        "2017-05-10", "2020-06-30", List.of(CN), null, List.of(),
                        "This project will contribute to the implementation of Decent Work in the cotton supply "
                                + "chain by supporting the implementation of Fundamental Principles and Rights at Work "
                                + "in China. It will also support social dialogue on fundamental principles and rights "
                                + "at work at the national and industry levels (national, industry level, workplace and "
                                + "communities), with the aim of supporting a viable system of industrial relations."),
                Arguments.of("gsp-plus-phase-2-mongolia",
                        "Sustaining GSP-Plus Status by Strengthened National Capacities to Improve ILS Compliance "
                                + "and Reporting-Mongolia Phase 2",
                        "2018-04-01", "2020-03-31", List.of(MN), null, List.of(EU),
                        "The project represents a continued support of the European Union to increase national "
                                + "capacity to apply core labour standards. It contributes to the realization of the "
                                + "fundamental principles and rights at work in Mongolia. The project focuses "
                                + "specifically on the promotion of the Protocol of 2014 to the Forced Labour "
                                + "Convention and advocacy of improved national response to human trafficking for "
                                + "labour exploitation."),
                Arguments.of("collective-bargaining-china",
                        "Rights at Work: Promoting Harmonious Labour Relations through Collective Bargaining in China",
                        "2016-08-29", "2020-02-29", List.of(CN), null, List.of(),
                        "The project is to strengthen collective bargaining processes and institutional capacity "
                                + "for more inclusive & sound labour relations at various levels."),
                Arguments.of("aids-discrimination-workplace-china",
                        "Reducing AIDS Discrimination at workplace",
                        "2018-01-01", "2019-12-31", List.of(CN), null, List.of(),
                        "The project is under the Plan of the Joint UN Team on AIDS in China."),
                Arguments.of("gsp-plus-beneficiary-mongolia",
                        "Support GSP+ Beneficiary Countries to Effectively Implement ILS and Comply with Reporting "
                                + "Obligations – Mongolia",
                        "2016-08-01", "2019-01-31", List.of(MN), null, List.of(),
                        "The project addresses informality especially through the strengthened capacity of "
                                + "workers’ and employers’ organizations to represent their constituencies in the "
                                + "informal economy."));
    }

    // ---------------------------------------------------------------- page "News and press releases"

    /** One release as the page lists it; summary and image credit are null where the page gives none. */
    record Release(String title, String publishedOn, String summary, String imageCredit, List<String> countries) {
        @Override
        public String toString() {
            return publishedOn + " " + title;
        }
    }

    private static final Release FUTURE_OF_WORK = new Release(
            "After 40 years of high speed economic growth, what is the future of work in China?",
            "2018-09-11",
            "International Conference on Development Economics in China: Celebrating the 40th Anniversary of "
                    + "Reform and Opening up was held on 7-8 September in Shanghai.",
            null, List.of(CN));
    private static final Release HONG_KONG_SEAFARERS = new Release(
            "Hong Kong Special Administrative Region of the People’s Republic of China joins efforts to protect "
                    + "seafarers’ rights",
            "2018-08-21", null, null, List.of(CN));
    private static final Release BRICS = new Release(
            "ILO head praises BRICS countries’ commitment to social dialogue",
            "2018-08-03",
            "Guy Ryder highlights the major contribution BRICS countries can make to social dialogue, social "
                    + "protection, gender equality and youth employment.",
            null, List.of());
    private static final Release DISABILITY_NETWORK = new Release(
            "ILO Global Business and Disability Network opens its China Chapter",
            "2018-07-31",
            "Through the sharing of experiences and best practices, the Network gathers knowledge and expertise "
                    + "that is disseminated among its members.",
            null, List.of(CN));
    private static final Release CARE_CRISIS = new Release(
            "ILO calls for urgent action to prevent looming global care crisis",
            "2018-06-28",
            "New ILO report highlights inadequate policy responses to the rising demand and quantifies the extent "
                    + "of the care burden on women.",
            "© Dominic Chavez / World Bank 2024", List.of());
    private static final Release SUPPLY_CHAINS_MOU = new Release(
            "Decent work in global supply chains: MoU signed between China and the ILO",
            "2018-05-25",
            "The global supply chain is a universal way of organizing investment, production and trade in the "
                    + "world economy. The ILO-China cooperation on promoting decent work in global supply chains "
                    + "will focus on ensuring compliance and protecting the legitimate rights and interests of workers.",
            null, List.of(CN));
    private static final Release MONGOLIA_50_YEARS = new Release(
            "Mongolia celebrates 50th anniversary as ILO member State",
            "2018-05-24",
            "Today marks 50 years since Mongolia became a member of the International Labour Organization.",
            null, List.of(MN));
    private static final Release GSP_PLUS_KICK_OFF = new Release(
            "EU/ILO/Mongolia Project on “Sustaining GSP-Plus Status by Strengthened National Capacities to "
                    + "Improve ILS Compliance and Reporting-Mongolia Phase 2 (GSP+3)” kicked off",
            "2018-05-22",
            "Ulaanbaatar/Mongolia (ILO News) – The ILO, government agencies, Mongolian Employers’ Federation "
                    + "(MONEF), Confederation of Mongolian Trade Unions (CMTU) and labour right advocates gathered "
                    + "today to discuss their joint action on forced labour, child labour and trafficking in persons "
                    + "for labour exploitation.",
            null, List.of(MN));
    private static final Release DIRECTOR_CREDENTIALS = new Release(
            "Ms Claire Courteille-Mulder, Director for ILO Country Office for China and Mongolia has presented "
                    + "her credentials to Ms Battsetseg Batmunkh, Deputy Minsiter for Foreign Affairs of Mongolia.",
            "2018-05-22", null, null, List.of(MN));
    private static final Release SCORE_ZHEJIANG = new Release(
            "SCORE Project Scalling up in Zhejiang Province",
            "2018-05-17",
            "The ILO, the National Centre for International Cooperation in Work Safety (NCICS), and Zhejiang "
                    + "Administration of Work Safety (Zhejiang AWS), jointly launched a pilot training project in "
                    + "Zhejiang Ningbo on 17 May 2018. The project forms part of the Sustaining Competitive and "
                    + "Responsible Enterprises (ILO SCORE) Programme.",
            null, List.of(CN));
    private static final Release RESPONSIBLE_SUPPLY_CHAINS = new Release(
            "Promoting responsible supply chains in Asia",
            "2018-03-22",
            "A new joint action by the European Union, the ILO and the OECD on responsible supply chains will "
                    + "promote corporate social responsibility (CSR)/responsible business conduct (RBC) with regard "
                    + "to decent work, environmental sustainability and respect for human rights.",
            "© ILO/Marcel Crozet 2024", List.of());
    private static final Release SCORE_FANGSHAN = new Release(
            "SCORE Mid-Term Review (MTR) Workshop in Beijing Fangshan Successfully Accomplished",
            "2017-12-19",
            "The MTR workshop reviewed SCORE progress in Fangshan after completing SCORE Training on Module "
                    + "One-Workplace Cooperation and called on pushing forward SCORE Training on Module Five- Safety "
                    + "and Health at Work in next stage.",
            null, List.of(CN));
    private static final Release CHINA_RATIFICATION = new Release(
            "China prepares for ratification of more international labour conventions",
            "2017-12-12",
            "ILO and its tripartite constituents make joint efforts to strengthen social security and maternity "
                    + "protection, benchmarking on international labour standards.",
            null, List.of(CN));
    private static final Release NHRCM = new Release(
            "NHRCM, EU and ILO: Further progress on labour rights in SMEs good for employment quality, export "
                    + "and productivity",
            "2017-12-06",
            "With the support of the EU and the ILO, the National Human Rights Commission of Mongolia (NHRCM) "
                    + "conducted a research study on labour rights in small and medium-sized enterprises (SMEs) in "
                    + "Mongolia. On 6 December 2017, the NHRCM invites high-level representatives of the government, "
                    + "the ILO and the EU to discuss research findings and recommended actions.",
            null, List.of(MN));
    private static final Release READY2EXPORT = new Release(
            "With the support of the EU and the ILO, MONEF launches Ready2Export tool to promote business exports",
            "2017-12-04",
            "The Mongolian Employers’ Federation (MONEF) is launching Ready2Export – a tool to help employers "
                    + "export their goods and services abroad by ensuring their business complies with international "
                    + "labour standards.",
            null, List.of(MN));
    private static final Release CHINA_SOCIAL_PROTECTION = new Release(
            "ILO’s new report notes Chinese progress on social protection",
            "2017-11-29",
            "China’s rapidly expanding pension coverage receives special attention as the nation gears up for an "
                    + "increasingly ageing population in the next decades.",
            null, List.of(CN));
    private static final Release LABOUR_INSPECTION = new Release(
            "ILO and tripartite partners discuss the ratification of Labour Inspection Convention, 1947 (No.81)",
            "2017-11-24",
            "The main stakeholders in improving workplace compliance and the ratification of Convention 81 are "
                    + "present in a national high-level dialogue.",
            null, List.of());
    private static final Release FORCED_LABOUR_KUNMING = new Release(
            "ILO discusses international labour standards with China - Forced Labour Convention Seminar "
                    + "successfully held in Kunming under EU supported project",
            "2017-11-23",
            "Government agencies and representatives of Employers and Workers engaged in discussion on "
                    + "ratification of the ILO Forced Labour Convention 1930 (No. 29) at a seminar in Kunming under "
                    + "EU-supported project",
            null, List.of(CN));
    private static final Release SCORE_HUZHOU = new Release(
            "Scaling up SCORE Training in Huzhou-The Mid-term Workshop on Learning and Experience Sharing",
            "2017-11-15",
            "Under the strategic partnership with State Administration and Work Safety (SAWS), Huzhou kicked off "
                    + "its SCORE Project in March 2017 and more than 50 enterprises started the SCORE training and "
                    + "factory walk-through improvement consultation. The Huzhou SCORE Project mid-term workshop on "
                    + "learning and experience sharing was organized on 15 Nov. 2017 in Huzhou, Zhejiang Province to "
                    + "promote information sharing and facilitate experience learning.",
            null, List.of(CN));
    private static final Release MULTINATIONALS = new Release(
            "Leading multinationals highlight importance of social protection",
            "2017-10-24",
            "Representatives of more than a dozen multinational enterprises met in Geneva to highlight the "
                    + "importance of investment in social protection floors for growth in emerging markets.",
            null, List.of());

    /** In the page's order: most recent first. */
    private static final List<Release> RELEASES = List.of(
            FUTURE_OF_WORK, HONG_KONG_SEAFARERS, BRICS, DISABILITY_NETWORK, CARE_CRISIS, SUPPLY_CHAINS_MOU,
            MONGOLIA_50_YEARS, GSP_PLUS_KICK_OFF, DIRECTOR_CREDENTIALS, SCORE_ZHEJIANG, RESPONSIBLE_SUPPLY_CHAINS,
            SCORE_FANGSHAN, CHINA_RATIFICATION, NHRCM, READY2EXPORT, CHINA_SOCIAL_PROTECTION, LABOUR_INSPECTION,
            FORCED_LABOUR_KUNMING, SCORE_HUZHOU, MULTINATIONALS);

    static Stream<Release> releasesOnThePage() {
        return RELEASES.stream();
    }

    /** The decided links between releases and projects. */
    private static final Map<Release, List<String>> RELATED_PROJECTS = Map.of(
            GSP_PLUS_KICK_OFF, List.of("gsp-plus-phase-2-mongolia"),
            SCORE_ZHEJIANG, List.of("score-phase-3-china"),
            SCORE_FANGSHAN, List.of("score-phase-3-china"),
            SCORE_HUZHOU, List.of("score-phase-3-china"),
            RESPONSIBLE_SUPPLY_CHAINS, List.of("responsible-supply-chains-asia", "responsible-supply-chains-asia-china"));

    // ---------------------------------------------------------------- page "About the office"

    private static final String OFFICE = "ILO Country Office for China and Mongolia";

    private static final List<String> ABOUT_PARAGRAPHS = List.of(
            "The programmes of the ILO Country Office for China and Mongolia promote and support the ILO's Decent "
                    + "Work Agenda such as agreed with the constituents in the Decent Work Country Pogramme "
                    + "established for both China and Mongolia.",
            "The focus of these programmes is to advance social justice and promote decent work for all. The ILO "
                    + "programmes and projects cover issues as such the ratification and implementation of "
                    + "international labour standards; the strengthening of sustainable enterprises and supply "
                    + "chains; the extension and improvement of social protection benefits; the implementation of "
                    + "health and safety standards especially in SMEs; the protection of vulnerable groups of workers "
                    + "including these living with HIV/AIDS and disabilities; and the adequate labour and social "
                    + "protection for workers in non-standard forms of employment such as those working in the "
                    + "informal or gig economies. The ILO carries out these programmes and policies taking into "
                    + "account the gender dimension and the unequal position of women in the world of work. Finally, "
                    + "strengthening tripartism and social dialogue is at the heart of all ILO activities, and this "
                    + "applies also to China and Mongolia.",
            "In both countries, emphasis is placed on building the capacity of ILO constituents, advocacy, policy "
                    + "dialogue and advice, knowledge sharing including in the context of South-South cooperation and "
                    + "piloting of innovative initiatives.",
            "The ILO Country Office for China and Mongolia works together with relevant ministries as well as "
                    + "workers’ and employers’ organizations in both countries. The Office is also a member of the "
                    + "United Nations Country Team (UNCT) in China and Mongolia and thereby contribute to the UN "
                    + "Development Assistant Framework (UNDAF) and its successor the UN Sustainable Development "
                    + "Cooperation Framework in pursuit of achieving the Sustainable Development Goals.",
            // the introduction of the page "Projects" speaks of the office as a whole
            "The ILO Country Office for China and Mongolia operates a wide range of programmes and projects "
                    + "focusing on employment promotion, stopping the exploitation at work and social dialogue. The "
                    + "overall purpose of this technical cooperation is to support implementation of the Decent Work "
                    + "agenda in both countries.");

    /**
     * The framework's proper name. The page misspells it once ("Development Assistant Framework"); that
     * sentence is served word for word in {@code about}, the structured name is spelled correctly.
     */
    private static final String UNDAF = "UN Development Assistance Framework (UNDAF)";

    // ================================================================ projects

    @Test
    void servesAllTenProjects() {
        given().queryParam("limit", 100).get("/api/v1/projects").then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("items.id", containsInAnyOrder(PROJECT_IDS.toArray()))
                .body("page.limit", is(100))
                .body("page.totalItems", is(10))
                .body("page.nextCursor", nullValue());

        // the default order is -startDate
        List<String> starts = given().queryParam("limit", 100).get("/api/v1/projects").then()
                .extract().jsonPath().getList("items.startDate", String.class);
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, starts, "projects are listed latest start first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectsOnThePage")
    void servesEveryProjectAsThePageStatesIt(String id, String title, String startDate, String endDate,
            List<String> countries, String region, List<String> funders, String summary) {
        get("/api/v1/projects/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo(title))
                .body("summary", equalTo(summary))
                .body("startDate", equalTo(startDate))
                .body("endDate", equalTo(endDate))
                .body("status", equalTo("completed"))
                .body("countries.code", exactly(countries))
                .body("countries.name", exactly(countries.stream().map(SeedContentTest::countryName).toList()))
                .body("region", equalTo(region))
                .body("funders.id", exactlyInAnyOrder(funders))
                .body("funders.name", exactlyInAnyOrder(funders.stream().map(SeedContentTest::funderName).toList()))
                .body("themes", hasSize(allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(3))))
                .body("lastUpdated", notNullValue());

        // the list serves the same record as the detail
        given().queryParam("limit", 100).get("/api/v1/projects").then()
                .body("items.find { it.id == '" + id + "' }.title", equalTo(title))
                .body("items.find { it.id == '" + id + "' }.summary", equalTo(summary))
                .body("items.find { it.id == '" + id + "' }.startDate", equalTo(startDate))
                .body("items.find { it.id == '" + id + "' }.endDate", equalTo(endDate));
    }

    @Test
    void recordsFundingOnlyWhereThePageNamesWhoPays() {
        get("/api/v1/projects/universal-social-protection-china").then()
                .body("funders.id", contains(EU))
                .body("fundingNote", allOf(containsString("Partnership Instrument"),
                        containsString("“EU-China Cooperation on Employment, Social Affairs and Inclusion")));
        get("/api/v1/projects/formal-employment-mongolia").then()
                .body("funders.id", contains(ILO))
                .body("funders.name", contains("International Labour Organization"))
                .body("fundingNote", equalTo("ILO Regular Budget Supplementary Account"));
        get("/api/v1/projects/responsible-supply-chains-asia-china").then()
                .body("funders.id", containsInAnyOrder(EU, ILO))
                .body("fundingNote", allOf(containsString("o-funded by the European Union and the ILO"),
                        containsString("under the EU’s Partnership Instrument")));
        get("/api/v1/projects/gsp-plus-phase-2-mongolia").then()
                .body("funders.id", contains(EU))
                .body("funders.name", contains("European Union"))
                .body("fundingNote", nullValue());
        for (String id : List.of("score-phase-3-china", "responsible-supply-chains-asia", "fprw-cotton-supply-chain-china",
                "collective-bargaining-china", "aids-discrimination-workplace-china", "gsp-plus-beneficiary-mongolia")) {
            get("/api/v1/projects/{id}", id).then()
                    .body("funders", empty())
                    .body("fundingNote", nullValue());
        }
    }

    @Test
    void servesThePartnersThePagesNameForProjects() {
        // "under the Plan of the Joint UN Team on AIDS in China"
        get("/api/v1/projects/aids-discrimination-workplace-china").then()
                .body("partners.name", hasItems("Joint UN Team on AIDS in China"));
        // "A new joint action by the European Union, the ILO and the OECD"
        get("/api/v1/projects/responsible-supply-chains-asia").then()
                .body("partners.name", hasItems("OECD"));
        // the SCORE releases; the partner vocabulary uses proper names (the Huzhou release's
        // "State Administration and Work Safety" stays word for word in its summary)
        get("/api/v1/projects/score-phase-3-china").then()
                .body("partners.name", hasItems(
                        "National Centre for International Cooperation in Work Safety (NCICS)",
                        "Zhejiang Administration of Work Safety (Zhejiang AWS)",
                        "State Administration of Work Safety (SAWS)"));
        // the GSP+3 kick-off
        get("/api/v1/projects/gsp-plus-phase-2-mongolia").then()
                .body("partners.name", hasItems(
                        "Mongolian Employers’ Federation (MONEF)",
                        "Confederation of Mongolian Trade Unions (CMTU)"));
    }

    @Test
    void filtersProjectsByCountryFunderAndStatus() {
        projectIds("country", MN).then().body("items.id", containsInAnyOrder(
                "formal-employment-mongolia", "gsp-plus-phase-2-mongolia", "gsp-plus-beneficiary-mongolia"));
        projectIds("country", CN).then().body("items.id", containsInAnyOrder(
                "universal-social-protection-china", "score-phase-3-china", "responsible-supply-chains-asia-china",
                "fprw-cotton-supply-chain-china", "collective-bargaining-china", "aids-discrimination-workplace-china"));
        projectIds("funder", EU).then().body("items.id", containsInAnyOrder(
                "universal-social-protection-china", "responsible-supply-chains-asia-china", "gsp-plus-phase-2-mongolia"));
        projectIds("funder", ILO).then().body("items.id", containsInAnyOrder(
                "formal-employment-mongolia", "responsible-supply-chains-asia-china"));
        projectIds("status", "completed").then().body("items.id", containsInAnyOrder(PROJECT_IDS.toArray()));
        projectIds("status", "active").then().body("items", empty());
    }

    // ================================================================ press releases

    @Test
    void servesAllTwentyPressReleasesMostRecentFirst() {
        JsonPath list = given().queryParam("limit", 100).get("/api/v1/press-releases").then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("page.totalItems", is(20))
                .body("page.nextCursor", nullValue())
                .body("items.title", containsInAnyOrder(RELEASES.stream().map(Release::title).toArray()))
                .extract().jsonPath();
        assertEquals(RELEASES.stream().map(Release::publishedOn).toList(), list.getList("items.publishedOn", String.class),
                "releases are listed in the page's order, most recent first");
        assertEquals(20, list.getList("items.id", String.class).stream().distinct().count(), "ids are unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasesOnThePage")
    void servesEveryPressReleaseWithDateTitleSummaryAndImageCredit(Release release) {
        String id = releaseId(release);
        var response = get("/api/v1/press-releases/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo(release.title()))
                .body("publishedOn", equalTo(release.publishedOn()))
                .body("summary", equalTo(release.summary()))
                .body("countries.code", exactlyInAnyOrder(release.countries()))
                .body("countries.name", exactlyInAnyOrder(release.countries().stream().map(SeedContentTest::countryName).toList()))
                .body("themes", hasSize(allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(3))))
                .body("lastUpdated", notNullValue());
        if (release.imageCredit() == null) {
            response.body("image", nullValue());
        } else {
            response.body("image.credit", equalTo(release.imageCredit()));
        }
    }

    @Test
    void linksPressReleasesToTheirProjects() {
        // project -> releases
        Map<String, List<Release>> releasesOfProject = new HashMap<>();
        RELATED_PROJECTS.forEach((release, projects) -> projects.forEach(
                p -> releasesOfProject.computeIfAbsent(p, k -> new ArrayList<>()).add(release)));
        for (String projectId : PROJECT_IDS) {
            List<Release> expected = releasesOfProject.getOrDefault(projectId, List.of());
            get("/api/v1/projects/{id}", projectId).then()
                    .body("relatedPressReleases.id", exactlyInAnyOrder(expected.stream().map(SeedContentTest::releaseId).toList()))
                    .body("relatedPressReleases.title", exactlyInAnyOrder(expected.stream().map(Release::title).toList()))
                    .body("relatedPressReleases.publishedOn", exactlyInAnyOrder(expected.stream().map(Release::publishedOn).toList()));
            // the project filter on releases answers the same set
            given().queryParam("project", projectId).queryParam("limit", 100).get("/api/v1/press-releases").then()
                    .statusCode(200)
                    .body("items.title", exactlyInAnyOrder(expected.stream().map(Release::title).toList()));
        }
        assertEquals(3, releasesOfProject.get("score-phase-3-china").size());

        // release -> projects
        for (Release release : RELEASES) {
            List<String> expected = RELATED_PROJECTS.getOrDefault(release, List.of());
            get("/api/v1/press-releases/{id}", releaseId(release)).then()
                    .body("relatedProjects.id", exactlyInAnyOrder(expected))
                    .body("relatedProjects.title", exactlyInAnyOrder(expected.stream().map(SeedContentTest::projectTitle).toList()));
        }
    }

    // ================================================================ office

    @Test
    void servesTheOfficeProfile() {
        get("/api/v1/office").then()
                .statusCode(200)
                .body("name", equalTo(OFFICE))
                .body("countries.code", containsInAnyOrder(CN, MN))
                .body("countries.name", containsInAnyOrder("China", "Mongolia"))
                .body("about", hasItems(ABOUT_PARAGRAPHS.toArray(String[]::new)))
                .body("lastUpdated", notNullValue())
                // the focus areas, in the page's order, each as the page words it (as a list item)
                .body("focusAreas.theme.id", contains(
                        "labour-standards", "sustainable-enterprises", "social-protection", "occupational-safety-health",
                        "vulnerable-workers", "informal-economy", "gender-equality", "social-dialogue"))
                .body("focusAreas.description", contains(Stream.of(
                        "the ratification and implementation of international labour standards",
                        "the strengthening of sustainable enterprises and supply chains",
                        "the extension and improvement of social protection benefits",
                        "the implementation of health and safety standards especially in SMEs",
                        "the protection of vulnerable groups of workers including these living with HIV/AIDS and disabilities",
                        "the adequate labour and social protection for workers in non-standard forms of employment such "
                                + "as those working in the informal or gig economies",
                        "the gender dimension and the unequal position of women in the world of work",
                        "strengthening tripartism and social dialogue").map(SeedContentTest::asListItem).toArray()))
                // "works together with relevant ministries as well as workers’ and employers’ organizations"
                .body("constituents", containsInAnyOrder(Stream.of(
                        "relevant ministries", "workers’ organizations", "employers’ organizations")
                        .map(SeedContentTest::asListItem).toArray()))
                // "a member of the United Nations Country Team (UNCT) in China and Mongolia"
                .body("partners.name", containsInAnyOrder(
                        "United Nations Country Team (UNCT) in China", "United Nations Country Team (UNCT) in Mongolia"))
                // the UN frameworks
                .body("unFrameworks.country.code", contains(CN, MN))
                .body("unFrameworks.country.name", contains("China", "Mongolia"))
                .body("unFrameworks[0].summary", equalTo(
                        "UN in China has highlighted the strategic partnership between the UN and the Chinese Government."))
                .body("unFrameworks[0].priorityAreas", contains(Stream.of(
                        "Poverty Reduction and Equitable Development",
                        "Improved and Sustainable Environment",
                        "Enhanced Global Engagement").map(SeedContentTest::asListItem).toArray()))
                .body("unFrameworks[1].summary", allOf(
                        containsString("UN in Mongolia provides a strategic guidance to the UN system work in the country."),
                        containsString("The UNDAF demonstrates a strategic focus supporting Mongolia in achieving its "
                                + "sustainable development objectives")))
                .body("unFrameworks[1].priorityAreas", contains(Stream.of(
                        "promoting inclusive growth and sustainable management of natural resources",
                        "enhancing social protection and utilization of quality and equitable social services",
                        "fostering voice and strengthening accountability").map(SeedContentTest::asListItem).toArray()))
                // the director, as the credentials release states it
                .body("director.name", equalTo("Claire Courteille-Mulder"))
                .body("director.role", equalTo("Director for ILO Country Office for China and Mongolia"))
                .body("director.asOf", equalTo("2018-05-22"))
                .body("director.source.id", equalTo("director-credentials-mongolia"))
                .body("director.source.title", equalTo(DIRECTOR_CREDENTIALS.title()))
                .body("director.source.publishedOn", equalTo(DIRECTOR_CREDENTIALS.publishedOn()));
        assertEquals("director-credentials-mongolia", releaseId(DIRECTOR_CREDENTIALS));
    }

    @Test
    void namesTheUnFrameworks() {
        get("/api/v1/office").then()
                .body("unFrameworks.name", contains(UNDAF, UNDAF));
    }

    // ================================================================ vocabularies

    @Test
    void countsInVocabulariesMatchContent() {
        given().queryParam("limit", 100).get("/api/v1/countries").then()
                .statusCode(200)
                .body("items.code", containsInAnyOrder(CN, MN))
                .body("page.totalItems", is(2));
        get("/api/v1/countries/MN").then()
                .statusCode(200)
                .body("code", equalTo(MN))
                .body("name", equalTo("Mongolia"))
                .body("projectCount", is(3))
                .body("pressReleaseCount", is(countReleases(MN)));
        get("/api/v1/countries/CN").then()
                .statusCode(200)
                .body("code", equalTo(CN))
                .body("name", equalTo("China"))
                .body("projectCount", is(6))
                .body("pressReleaseCount", is(countReleases(CN)));
        assertEquals(5, countReleases(MN));
        assertEquals(10, countReleases(CN));

        given().queryParam("limit", 100).get("/api/v1/funders").then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(EU, ILO))
                .body("page.totalItems", is(2));
        get("/api/v1/funders/european-union").then()
                .statusCode(200)
                .body("name", equalTo("European Union"))
                .body("projectCount", is(3));
        get("/api/v1/funders/ilo").then()
                .statusCode(200)
                .body("name", equalTo("International Labour Organization"))
                .body("projectCount", is(2));

        // themes: each count equals what the projects and releases carry, and the theme filter agrees
        JsonPath projects = given().queryParam("limit", 100).get("/api/v1/projects").then().extract().jsonPath();
        JsonPath releases = given().queryParam("limit", 100).get("/api/v1/press-releases").then().extract().jsonPath();
        Map<String, Long> projectsPerTheme = themeCounts(projects.getList("items.themes.id"));
        Map<String, Long> releasesPerTheme = themeCounts(releases.getList("items.themes.id"));
        JsonPath themes = given().queryParam("limit", 100).get("/api/v1/themes").then()
                .statusCode(200)
                .body("items.projectCount", everyItem(greaterThanOrEqualTo(0)))
                .extract().jsonPath();
        List<String> themeIds = themes.getList("items.id", String.class);
        assertThat("every theme used is in the vocabulary",
                themeIds, hasItems(projectsPerTheme.keySet().toArray(String[]::new)));
        assertThat("every theme used is in the vocabulary",
                themeIds, hasItems(releasesPerTheme.keySet().toArray(String[]::new)));
        for (String themeId : themeIds) {
            int p = projectsPerTheme.getOrDefault(themeId, 0L).intValue();
            int r = releasesPerTheme.getOrDefault(themeId, 0L).intValue();
            get("/api/v1/themes/{id}", themeId).then()
                    .statusCode(200)
                    .body("id", equalTo(themeId))
                    .body("projectCount", is(p))
                    .body("pressReleaseCount", is(r));
            projectIds("theme", themeId).then().body("page.totalItems", is(p));
        }
    }

    // ================================================================ helpers

    private static Response projectIds(String filter, String value) {
        return given().queryParam(filter, value).queryParam("limit", 100).get("/api/v1/projects");
    }

    private static int countReleases(String country) {
        return (int) RELEASES.stream().filter(r -> r.countries().contains(country)).count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> themeCounts(List<Object> themeIdsPerRecord) {
        return themeIdsPerRecord.stream()
                .flatMap(ids -> ((List<String>) ids).stream().distinct())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
    }

    private static final Map<Release, String> RELEASE_IDS = new HashMap<>();

    /** The id of the one listed release with the page's title and date. */
    private static synchronized String releaseId(Release release) {
        return RELEASE_IDS.computeIfAbsent(release, r -> {
            List<Map<String, Object>> items = given().queryParam("limit", 100).get("/api/v1/press-releases").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            List<String> matches = items.stream()
                    .filter(i -> r.title().equals(i.get("title")) && r.publishedOn().equals(i.get("publishedOn")))
                    .map(i -> (String) i.get("id"))
                    .toList();
            assertEquals(1, matches.size(), "exactly one listed release titled \"" + r.title() + "\" on " + r.publishedOn());
            return matches.get(0);
        });
    }

    private static String projectTitle(String id) {
        return projectsOnThePage().filter(a -> a.get()[0].equals(id)).map(a -> (String) a.get()[1])
                .findFirst().orElseThrow();
    }

    private static String countryName(String code) {
        return switch (code) {
            case CN -> "China";
            case MN -> "Mongolia";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static String funderName(String id) {
        return switch (id) {
            case EU -> "European Union";
            case ILO -> "International Labour Organization";
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** Exactly these values in this order; an empty list only for no values. */
    private static Matcher<?> exactly(List<?> values) {
        return values.isEmpty() ? empty() : contains(values.toArray());
    }

    /** Exactly these values in any order; an empty list only for no values. */
    private static Matcher<?> exactlyInAnyOrder(List<?> values) {
        return values.isEmpty() ? empty() : containsInAnyOrder(values.toArray());
    }

    /** A phrase of running text as an item of a list: its first letter capitalised, the rest untouched. */
    private static String asListItem(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
