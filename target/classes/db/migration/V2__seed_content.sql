-- The published content of the three pages of the ILO Country Office for China and Mongolia
-- (../shared/seeds): projects, news and press releases, about the office.
-- Only what the pages state is recorded; what they do not say stays NULL or empty.

-- Vocabularies -------------------------------------------------------------

INSERT INTO country (code, name) VALUES
    ('CN', 'China'),
    ('MN', 'Mongolia');

INSERT INTO funder (id, name) VALUES
    ('european-union', 'European Union'),
    ('ilo', 'International Labour Organization');

-- Themes follow the office's focus areas (About the office) and the overall Decent Work agenda.
INSERT INTO theme (id, name, description) VALUES
    ('decent-work', 'Decent Work Agenda',
     'Decent work for all and the Decent Work Country Programmes agreed with the constituents.'),
    ('employment', 'Employment promotion',
     'Employment promotion and formal employment.'),
    ('labour-standards', 'International labour standards',
     'Ratification and implementation of international labour standards and fundamental principles and rights at work.'),
    ('sustainable-enterprises', 'Sustainable enterprises',
     'Sustainable, competitive and responsible enterprises, including SMEs.'),
    ('supply-chains', 'Responsible supply chains',
     'Decent work and responsible business conduct in supply chains.'),
    ('social-protection', 'Social protection',
     'Extension and improvement of social protection benefits.'),
    ('occupational-safety-health', 'Occupational safety and health',
     'Health and safety standards, especially in SMEs.'),
    ('vulnerable-workers', 'Vulnerable groups of workers',
     'Protection of vulnerable groups of workers, including those living with HIV/AIDS and disabilities.'),
    ('informal-economy', 'Informal economy and non-standard employment',
     'Labour and social protection for workers in the informal or gig economies and other non-standard forms of employment.'),
    ('gender-equality', 'Gender equality',
     'The gender dimension and the unequal position of women in the world of work.'),
    ('social-dialogue', 'Social dialogue and tripartism',
     'Tripartism, social dialogue and sound labour relations.');

INSERT INTO partner (id, name) VALUES
    ('unct-china', 'United Nations Country Team (UNCT) in China'),
    ('unct-mongolia', 'United Nations Country Team (UNCT) in Mongolia'),
    ('joint-un-team-aids-china', 'Joint UN Team on AIDS in China'),
    ('oecd', 'OECD'),
    ('saws', 'State Administration of Work Safety (SAWS)'),
    ('ncics', 'National Centre for International Cooperation in Work Safety (NCICS)'),
    ('zhejiang-aws', 'Zhejiang Administration of Work Safety (Zhejiang AWS)'),
    ('monef', 'Mongolian Employers’ Federation (MONEF)'),
    ('cmtu', 'Confederation of Mongolian Trade Unions (CMTU)');

-- Projects (page "Projects") ----------------------------------------------------

INSERT INTO project (id, title, summary, start_date, end_date, region, funding_note, last_updated) VALUES
    ('universal-social-protection-china',
     'Improving China’s Institutional Capacity towards Universal Social Protection',
     'The project is funded by the European Union under the EU’s Partnership Instrument “EU-China Cooperation on Employment, Social Affairs and Inclusion.”',
     '2019-07-01', '2022-06-30', NULL,
     'EU’s Partnership Instrument “EU-China Cooperation on Employment, Social Affairs and Inclusion”',
     now()),
    ('score-phase-3-china',
     'Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China',
     'Sustaining Competitive and Responsible enterprises (SCORE) is a practical training and in-factory counselling programme that improves productivity and working conditions in small and medium enterprises (SMEs).',
     '2017-11-01', '2021-10-31', NULL, NULL, now()),
    ('formal-employment-mongolia',
     'Formal Employment Is Promoted for Inclusive and Diversified Economic Growth in Mongolia',
     'The project, funded from the ILO Regular Budget Supplementary Account, focuses on facilitating progressive transitions from the informal to the formal economy in in Mongolia. The actions under the project will give effect to the ILO’s roadmap for “Effective ILO development cooperation in support of the Sustainable Development Goals” and the ILO Transitions from the Informal Economy to the Formal Economy Recommendation, 2015 (No 204). Further it provides support to the government in addressing the Direct Request of the ILO Committee of Experts on the Application of Conventions and Recommendations on Mongolia’s application of the Employment Policy Convention No 122.',
     '2019-01-01', '2020-12-31', NULL,
     'ILO Regular Budget Supplementary Account',
     now()),
    ('responsible-supply-chains-asia',
     'Responsible Supply Chains in Asia',
     'The Responsible Supply Chains in Asia programme aims to further sustainable and inclusive economic, social and environmental progress by integrating responsible business practices into the operations of multinational companies and their supply chains. Active in selected industrial sectors in six Asian countries, it takes a multifaceted approach with the aim of promoting respect for human rights, and labour and environmental standards.',
     '2017-12-15', '2020-12-14', 'Asia', NULL, now()),
    ('responsible-supply-chains-asia-china',
     'Responsible Supply Chains in Asia - China',
     'The Responsible Supply Chains in Asia programme aims to promote responsible business practices into the operations of multinational companies and their supply chains. Active in six Asian countries, the programme in China is working to enhance respect for labour rights and environmental standards among multinational enterprises with supply chains in the electronics and textiles sectors. This project is co-funded by the European Union and the ILO under the EU’s Partnership Instrument.',
     '2017-12-15', '2020-12-14', NULL,
     'Co-funded by the European Union and the ILO under the EU’s Partnership Instrument',
     now()),
    ('fprw-cotton-supply-chain-china',
     'Promoting Fundamental Principles and Rights at Work in the Cotton Supply Chain',
     'This project will contribute to the implementation of Decent Work in the cotton supply chain by supporting the implementation of Fundamental Principles and Rights at Work in China. It will also support social dialogue on fundamental principles and rights at work at the national and industry levels (national, industry level, workplace and communities), with the aim of supporting a viable system of industrial relations.',
     '2017-05-10', '2020-06-30', NULL, NULL, now()),
    ('gsp-plus-phase-2-mongolia',
     'Sustaining GSP-Plus Status by Strengthened National Capacities to Improve ILS Compliance and Reporting-Mongolia Phase 2',
     'The project represents a continued support of the European Union to increase national capacity to apply core labour standards. It contributes to the realization of the fundamental principles and rights at work in Mongolia. The project focuses specifically on the promotion of the Protocol of 2014 to the Forced Labour Convention and advocacy of improved national response to human trafficking for labour exploitation.',
     '2018-04-01', '2020-03-31', NULL, NULL, now()),
    ('collective-bargaining-china',
     'Rights at Work: Promoting Harmonious Labour Relations through Collective Bargaining in China',
     'The project is to strengthen collective bargaining processes and institutional capacity for more inclusive & sound labour relations at various levels.',
     '2016-08-29', '2020-02-29', NULL, NULL, now()),
    ('aids-discrimination-workplace-china',
     'Reducing AIDS Discrimination at workplace',
     'The project is under the Plan of the Joint UN Team on AIDS in China.',
     '2018-01-01', '2019-12-31', NULL, NULL, now()),
    ('gsp-plus-beneficiary-mongolia',
     'Support GSP+ Beneficiary Countries to Effectively Implement ILS and Comply with Reporting Obligations – Mongolia',
     'The project addresses informality especially through the strengthened capacity of workers’ and employers’ organizations to represent their constituencies in the informal economy.',
     '2016-08-01', '2019-01-31', NULL, NULL, now());

-- The regional programme names no country ("six Asian countries"), so it has none.
INSERT INTO project_country (project_id, country_code) VALUES
    ('universal-social-protection-china', 'CN'),
    ('score-phase-3-china', 'CN'),
    ('formal-employment-mongolia', 'MN'),
    ('responsible-supply-chains-asia-china', 'CN'),
    ('fprw-cotton-supply-chain-china', 'CN'),
    ('gsp-plus-phase-2-mongolia', 'MN'),
    ('collective-bargaining-china', 'CN'),
    ('aids-discrimination-workplace-china', 'CN'),
    ('gsp-plus-beneficiary-mongolia', 'MN');

-- Only where the page names who pays.
INSERT INTO project_funder (project_id, funder_id) VALUES
    ('universal-social-protection-china', 'european-union'),
    ('formal-employment-mongolia', 'ilo'),
    ('responsible-supply-chains-asia-china', 'european-union'),
    ('responsible-supply-chains-asia-china', 'ilo'),
    ('gsp-plus-phase-2-mongolia', 'european-union');

INSERT INTO project_theme (project_id, theme_id) VALUES
    ('universal-social-protection-china', 'social-protection'),
    ('score-phase-3-china', 'sustainable-enterprises'),
    ('score-phase-3-china', 'occupational-safety-health'),
    ('formal-employment-mongolia', 'employment'),
    ('formal-employment-mongolia', 'informal-economy'),
    ('formal-employment-mongolia', 'labour-standards'),
    ('responsible-supply-chains-asia', 'supply-chains'),
    ('responsible-supply-chains-asia', 'labour-standards'),
    ('responsible-supply-chains-asia-china', 'supply-chains'),
    ('responsible-supply-chains-asia-china', 'labour-standards'),
    ('fprw-cotton-supply-chain-china', 'labour-standards'),
    ('fprw-cotton-supply-chain-china', 'supply-chains'),
    ('fprw-cotton-supply-chain-china', 'social-dialogue'),
    ('gsp-plus-phase-2-mongolia', 'labour-standards'),
    ('collective-bargaining-china', 'social-dialogue'),
    ('collective-bargaining-china', 'labour-standards'),
    ('aids-discrimination-workplace-china', 'vulnerable-workers'),
    ('gsp-plus-beneficiary-mongolia', 'informal-economy'),
    ('gsp-plus-beneficiary-mongolia', 'labour-standards'),
    ('gsp-plus-beneficiary-mongolia', 'social-dialogue');

-- Partners as the pages name them: the project page for the AIDS project, the press
-- releases for the joint action with the OECD, the SCORE partners and the GSP+ kick-off.
INSERT INTO project_partner (project_id, partner_id) VALUES
    ('aids-discrimination-workplace-china', 'joint-un-team-aids-china'),
    ('responsible-supply-chains-asia', 'oecd'),
    ('score-phase-3-china', 'saws'),
    ('score-phase-3-china', 'ncics'),
    ('score-phase-3-china', 'zhejiang-aws'),
    ('gsp-plus-phase-2-mongolia', 'monef'),
    ('gsp-plus-phase-2-mongolia', 'cmtu');

-- Press releases (page "News and press releases") ------------------------------------

INSERT INTO press_release (id, title, published_on, summary, image_credit, last_updated) VALUES
    ('future-of-work-in-china',
     'After 40 years of high speed economic growth, what is the future of work in China?',
     '2018-09-11',
     'International Conference on Development Economics in China: Celebrating the 40th Anniversary of Reform and Opening up was held on 7-8 September in Shanghai.',
     NULL, now()),
    ('hong-kong-seafarers-rights',
     'Hong Kong Special Administrative Region of the People’s Republic of China joins efforts to protect seafarers’ rights',
     '2018-08-21', NULL, NULL, now()),
    ('brics-social-dialogue',
     'ILO head praises BRICS countries’ commitment to social dialogue',
     '2018-08-03',
     'Guy Ryder highlights the major contribution BRICS countries can make to social dialogue, social protection, gender equality and youth employment.',
     NULL, now()),
    ('business-disability-network-china-chapter',
     'ILO Global Business and Disability Network opens its China Chapter',
     '2018-07-31',
     'Through the sharing of experiences and best practices, the Network gathers knowledge and expertise that is disseminated among its members.',
     NULL, now()),
    ('global-care-crisis',
     'ILO calls for urgent action to prevent looming global care crisis',
     '2018-06-28',
     'New ILO report highlights inadequate policy responses to the rising demand and quantifies the extent of the care burden on women.',
     '© Dominic Chavez / World Bank 2024', now()),
    ('supply-chains-mou-china',
     'Decent work in global supply chains: MoU signed between China and the ILO',
     '2018-05-25',
     'The global supply chain is a universal way of organizing investment, production and trade in the world economy. The ILO-China cooperation on promoting decent work in global supply chains will focus on ensuring compliance and protecting the legitimate rights and interests of workers.',
     NULL, now()),
    ('mongolia-50-years-ilo-membership',
     'Mongolia celebrates 50th anniversary as ILO member State',
     '2018-05-24',
     'Today marks 50 years since Mongolia became a member of the International Labour Organization.',
     NULL, now()),
    ('gsp-plus-3-kick-off',
     'EU/ILO/Mongolia Project on “Sustaining GSP-Plus Status by Strengthened National Capacities to Improve ILS Compliance and Reporting-Mongolia Phase 2 (GSP+3)” kicked off',
     '2018-05-22',
     'Ulaanbaatar/Mongolia (ILO News) – The ILO, government agencies, Mongolian Employers’ Federation (MONEF), Confederation of Mongolian Trade Unions (CMTU) and labour right advocates gathered today to discuss their joint action on forced labour, child labour and trafficking in persons for labour exploitation.',
     NULL, now()),
    ('director-credentials-mongolia',
     'Ms Claire Courteille-Mulder, Director for ILO Country Office for China and Mongolia has presented her credentials to Ms Battsetseg Batmunkh, Deputy Minsiter for Foreign Affairs of Mongolia.',
     '2018-05-22', NULL, NULL, now()),
    ('score-zhejiang-scaling-up',
     'SCORE Project Scalling up in Zhejiang Province',
     '2018-05-17',
     'The ILO, the National Centre for International Cooperation in Work Safety (NCICS), and Zhejiang Administration of Work Safety (Zhejiang AWS), jointly launched a pilot training project in Zhejiang Ningbo on 17 May 2018. The project forms part of the Sustaining Competitive and Responsible Enterprises (ILO SCORE) Programme.',
     NULL, now()),
    ('responsible-supply-chains-asia-launch',
     'Promoting responsible supply chains in Asia',
     '2018-03-22',
     'A new joint action by the European Union, the ILO and the OECD on responsible supply chains will promote corporate social responsibility (CSR)/responsible business conduct (RBC) with regard to decent work, environmental sustainability and respect for human rights.',
     '© ILO/Marcel Crozet 2024', now()),
    ('score-fangshan-mid-term-review',
     'SCORE Mid-Term Review (MTR) Workshop in Beijing Fangshan Successfully Accomplished',
     '2017-12-19',
     'The MTR workshop reviewed SCORE progress in Fangshan after completing SCORE Training on Module One-Workplace Cooperation and called on pushing forward SCORE Training on Module Five- Safety and Health at Work in next stage.',
     NULL, now()),
    ('china-ratification-labour-conventions',
     'China prepares for ratification of more international labour conventions',
     '2017-12-12',
     'ILO and its tripartite constituents make joint efforts to strengthen social security and maternity protection, benchmarking on international labour standards.',
     NULL, now()),
    ('nhrcm-labour-rights-smes',
     'NHRCM, EU and ILO: Further progress on labour rights in SMEs good for employment quality, export and productivity',
     '2017-12-06',
     'With the support of the EU and the ILO, the National Human Rights Commission of Mongolia (NHRCM) conducted a research study on labour rights in small and medium-sized enterprises (SMEs) in Mongolia. On 6 December 2017, the NHRCM invites high-level representatives of the government, the ILO and the EU to discuss research findings and recommended actions.',
     NULL, now()),
    ('monef-ready2export',
     'With the support of the EU and the ILO, MONEF launches Ready2Export tool to promote business exports',
     '2017-12-04',
     'The Mongolian Employers’ Federation (MONEF) is launching Ready2Export – a tool to help employers export their goods and services abroad by ensuring their business complies with international labour standards.',
     NULL, now()),
    ('china-social-protection-progress',
     'ILO’s new report notes Chinese progress on social protection',
     '2017-11-29',
     'China’s rapidly expanding pension coverage receives special attention as the nation gears up for an increasingly ageing population in the next decades.',
     NULL, now()),
    ('labour-inspection-convention-81',
     'ILO and tripartite partners discuss the ratification of Labour Inspection Convention, 1947 (No.81)',
     '2017-11-24',
     'The main stakeholders in improving workplace compliance and the ratification of Convention 81 are present in a national high-level dialogue.',
     NULL, now()),
    ('forced-labour-seminar-kunming',
     'ILO discusses international labour standards with China - Forced Labour Convention Seminar successfully held in Kunming under EU supported project',
     '2017-11-23',
     'Government agencies and representatives of Employers and Workers engaged in discussion on ratification of the ILO Forced Labour Convention 1930 (No. 29) at a seminar in Kunming under EU-supported project',
     NULL, now()),
    ('score-huzhou-mid-term-workshop',
     'Scaling up SCORE Training in Huzhou-The Mid-term Workshop on Learning and Experience Sharing',
     '2017-11-15',
     'Under the strategic partnership with State Administration and Work Safety (SAWS), Huzhou kicked off its SCORE Project in March 2017 and more than 50 enterprises started the SCORE training and factory walk-through improvement consultation. The Huzhou SCORE Project mid-term workshop on learning and experience sharing was organized on 15 Nov. 2017 in Huzhou, Zhejiang Province to promote information sharing and facilitate experience learning.',
     NULL, now()),
    ('multinationals-social-protection',
     'Leading multinationals highlight importance of social protection',
     '2017-10-24',
     'Representatives of more than a dozen multinational enterprises met in Geneva to highlight the importance of investment in social protection floors for growth in emerging markets.',
     NULL, now());

-- Countries only where the release names China (Hong Kong SAR as part of it) or Mongolia.
INSERT INTO press_release_country (press_release_id, country_code) VALUES
    ('future-of-work-in-china', 'CN'),
    ('hong-kong-seafarers-rights', 'CN'),
    ('business-disability-network-china-chapter', 'CN'),
    ('supply-chains-mou-china', 'CN'),
    ('mongolia-50-years-ilo-membership', 'MN'),
    ('gsp-plus-3-kick-off', 'MN'),
    ('director-credentials-mongolia', 'MN'),
    ('score-zhejiang-scaling-up', 'CN'),
    ('score-fangshan-mid-term-review', 'CN'),
    ('china-ratification-labour-conventions', 'CN'),
    ('nhrcm-labour-rights-smes', 'MN'),
    ('monef-ready2export', 'MN'),
    ('china-social-protection-progress', 'CN'),
    ('forced-labour-seminar-kunming', 'CN'),
    ('score-huzhou-mid-term-workshop', 'CN');

INSERT INTO press_release_theme (press_release_id, theme_id) VALUES
    ('future-of-work-in-china', 'decent-work'),
    ('future-of-work-in-china', 'employment'),
    ('hong-kong-seafarers-rights', 'labour-standards'),
    ('brics-social-dialogue', 'social-dialogue'),
    ('brics-social-dialogue', 'social-protection'),
    ('brics-social-dialogue', 'gender-equality'),
    ('business-disability-network-china-chapter', 'vulnerable-workers'),
    ('business-disability-network-china-chapter', 'sustainable-enterprises'),
    ('global-care-crisis', 'gender-equality'),
    ('global-care-crisis', 'social-protection'),
    ('supply-chains-mou-china', 'supply-chains'),
    ('supply-chains-mou-china', 'labour-standards'),
    ('mongolia-50-years-ilo-membership', 'decent-work'),
    ('gsp-plus-3-kick-off', 'labour-standards'),
    ('gsp-plus-3-kick-off', 'social-dialogue'),
    ('director-credentials-mongolia', 'decent-work'),
    ('score-zhejiang-scaling-up', 'sustainable-enterprises'),
    ('score-zhejiang-scaling-up', 'occupational-safety-health'),
    ('responsible-supply-chains-asia-launch', 'supply-chains'),
    ('responsible-supply-chains-asia-launch', 'labour-standards'),
    ('score-fangshan-mid-term-review', 'sustainable-enterprises'),
    ('score-fangshan-mid-term-review', 'occupational-safety-health'),
    ('score-fangshan-mid-term-review', 'social-dialogue'),
    ('china-ratification-labour-conventions', 'labour-standards'),
    ('china-ratification-labour-conventions', 'social-protection'),
    ('nhrcm-labour-rights-smes', 'labour-standards'),
    ('nhrcm-labour-rights-smes', 'sustainable-enterprises'),
    ('monef-ready2export', 'sustainable-enterprises'),
    ('monef-ready2export', 'labour-standards'),
    ('china-social-protection-progress', 'social-protection'),
    ('labour-inspection-convention-81', 'labour-standards'),
    ('labour-inspection-convention-81', 'occupational-safety-health'),
    ('labour-inspection-convention-81', 'social-dialogue'),
    ('forced-labour-seminar-kunming', 'labour-standards'),
    ('score-huzhou-mid-term-workshop', 'sustainable-enterprises'),
    ('score-huzhou-mid-term-workshop', 'occupational-safety-health'),
    ('multinationals-social-protection', 'social-protection'),
    ('multinationals-social-protection', 'sustainable-enterprises');

-- Which projects a release is about, where the release itself says so.
INSERT INTO press_release_project (press_release_id, project_id) VALUES
    ('gsp-plus-3-kick-off', 'gsp-plus-phase-2-mongolia'),
    ('score-zhejiang-scaling-up', 'score-phase-3-china'),
    ('responsible-supply-chains-asia-launch', 'responsible-supply-chains-asia'),
    ('responsible-supply-chains-asia-launch', 'responsible-supply-chains-asia-china'),
    ('score-fangshan-mid-term-review', 'score-phase-3-china'),
    ('score-huzhou-mid-term-workshop', 'score-phase-3-china');

-- The office (page "About the office", and the introduction of page "Projects") ------------------

INSERT INTO office (id, name, about, focus_areas, constituents, un_frameworks,
                    director_name, director_role, director_as_of, director_source, last_updated)
VALUES (
    'cn-mn',
    'ILO Country Office for China and Mongolia',
    $json$[
      "The programmes of the ILO Country Office for China and Mongolia promote and support the ILO's Decent Work Agenda such as agreed with the constituents in the Decent Work Country Pogramme established for both China and Mongolia.",
      "The focus of these programmes is to advance social justice and promote decent work for all. The ILO programmes and projects cover issues as such the ratification and implementation of international labour standards; the strengthening of sustainable enterprises and supply chains; the extension and improvement of social protection benefits; the implementation of health and safety standards especially in SMEs; the protection of vulnerable groups of workers including these living with HIV/AIDS and disabilities; and the adequate labour and social protection for workers in non-standard forms of employment such as those working in the informal or gig economies. The ILO carries out these programmes and policies taking into account the gender dimension and the unequal position of women in the world of work. Finally, strengthening tripartism and social dialogue is at the heart of all ILO activities, and this applies also to China and Mongolia.",
      "In both countries, emphasis is placed on building the capacity of ILO constituents, advocacy, policy dialogue and advice, knowledge sharing including in the context of South-South cooperation and piloting of innovative initiatives.",
      "The ILO Country Office for China and Mongolia works together with relevant ministries as well as workers’ and employers’ organizations in both countries. The Office is also a member of the United Nations Country Team (UNCT) in China and Mongolia and thereby contribute to the UN Development Assistant Framework (UNDAF) and its successor the UN Sustainable Development Cooperation Framework in pursuit of achieving the Sustainable Development Goals.",
      "The ILO Country Office for China and Mongolia operates a wide range of programmes and projects focusing on employment promotion, stopping the exploitation at work and social dialogue. The overall purpose of this technical cooperation is to support implementation of the Decent Work agenda in both countries."
    ]$json$::jsonb,
    $json$[
      {"theme": "labour-standards", "description": "The ratification and implementation of international labour standards"},
      {"theme": "sustainable-enterprises", "description": "The strengthening of sustainable enterprises and supply chains"},
      {"theme": "social-protection", "description": "The extension and improvement of social protection benefits"},
      {"theme": "occupational-safety-health", "description": "The implementation of health and safety standards especially in SMEs"},
      {"theme": "vulnerable-workers", "description": "The protection of vulnerable groups of workers including these living with HIV/AIDS and disabilities"},
      {"theme": "informal-economy", "description": "The adequate labour and social protection for workers in non-standard forms of employment such as those working in the informal or gig economies"},
      {"theme": "gender-equality", "description": "The gender dimension and the unequal position of women in the world of work"},
      {"theme": "social-dialogue", "description": "Strengthening tripartism and social dialogue"}
    ]$json$::jsonb,
    $json$[
      "Relevant ministries",
      "Workers’ organizations",
      "Employers’ organizations"
    ]$json$::jsonb,
    $json$[
      {"country": "CN",
       "name": "UN Development Assistance Framework (UNDAF)",
       "summary": "UN in China has highlighted the strategic partnership between the UN and the Chinese Government.",
       "priorityAreas": ["Poverty Reduction and Equitable Development",
                         "Improved and Sustainable Environment",
                         "Enhanced Global Engagement"]},
      {"country": "MN",
       "name": "UN Development Assistance Framework (UNDAF)",
       "summary": "UN in Mongolia provides a strategic guidance to the UN system work in the country. The UNDAF demonstrates a strategic focus supporting Mongolia in achieving its sustainable development objectives.",
       "priorityAreas": ["Promoting inclusive growth and sustainable management of natural resources",
                         "Enhancing social protection and utilization of quality and equitable social services",
                         "Fostering voice and strengthening accountability"]}
    ]$json$::jsonb,
    'Claire Courteille-Mulder',
    'Director for ILO Country Office for China and Mongolia',
    '2018-05-22',
    'director-credentials-mongolia',
    now()
);

INSERT INTO office_country (office_id, country_code) VALUES ('cn-mn', 'CN'), ('cn-mn', 'MN');
INSERT INTO office_partner (office_id, partner_id) VALUES ('cn-mn', 'unct-china'), ('cn-mn', 'unct-mongolia');

-- The initial load is the first set of changes a partner replays.
SELECT record_change('project', id, 'upsert') FROM (SELECT id FROM project ORDER BY id) p;
SELECT record_change('pressRelease', id, 'upsert') FROM (SELECT id FROM press_release ORDER BY id) r;
