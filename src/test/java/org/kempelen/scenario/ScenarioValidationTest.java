package org.kempelen.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every scenario validation rule, with the exact message a user sees:
 * {@code FILE:LINE:COL: PATH: MESSAGE}, naming what was found, what is allowed and, for a
 * misspelt name, the nearest valid one.
 */
class ScenarioValidationTest {
    static final String TOP_KEYS = keys(Scenario.class);
    static final String PLATFORM_KEYS = keys(PlatformParams.class);
    static final String CATEGORIES = "NONE, SURVEY_PROFILE, VOICE, FACE_PHOTO, FACE_VIDEO, BODY_SCAN, ID_DOCUMENT, SOCIAL_ACCOUNT";
    static final String TABLE_COUNTRIES = "US, DE, NL, CH, IN, PH, ID, VE, KE, BD";
    static final String ISO_HINT = "allowed: ISO-3166 alpha-2 codes in capitals, such as US, DE, PH";

    static String keys(Class<? extends Record> type) {
        return String.join(", ", RecordBinder.componentNames(type));
    }

    /** Every problem of a scenario that must not load, as printed. */
    static List<String> errors(String yaml, String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.fromText(yaml, "bad.yaml", "bad", List.of(overrides)));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** The one problem of a scenario that must not load. */
    static String error(String yaml, String... overrides) {
        List<String> all = errors(yaml, overrides);
        assertEquals(1, all.size(), () -> "expected exactly one problem, got:\n" + String.join("\n", all));
        return all.get(0);
    }

    @Nested
    class UnknownKeys {
        @Test
        void topLevelMisspellingSuggestsTheNearestParameter() {
            assertEquals("bad.yaml:2:1: platfrom: unknown key 'platfrom' (did you mean 'platform'?); allowed here: " + TOP_KEYS,
                    error("""
                            name: x
                            platfrom:
                              commission: 0.3
                            """));
        }

        @Test
        void nestedMisspellingSuggestsTheNearestParameterOfThatRecord() {
            assertEquals("bad.yaml:3:3: platform.commision: unknown key 'commision' (did you mean 'commission'?); allowed here: "
                            + PLATFORM_KEYS,
                    error("""
                            name: x
                            platform:
                              commision: 0.3
                            """));
        }

        @Test
        void keyInTheWrongCaseSuggestsTheRightCase() {
            assertEquals("bad.yaml:2:1: Days: unknown key 'Days' (did you mean 'days'?); allowed here: " + TOP_KEYS,
                    error("name: x\nDays: 30\n"));
        }

        @Test
        void unknownKeyWithNoNearNameHasNoSuggestion() {
            assertEquals("bad.yaml:2:12: platform.colour: unknown key 'colour'; allowed here: " + PLATFORM_KEYS,
                    error("name: x\nplatform: {colour: blue}\n"));
        }

        @Test
        void unknownKeyInsideACountry() {
            assertEquals("bad.yaml:3:5: countries.US.wrkerShare: unknown key 'wrkerShare' (did you mean 'workerShare'?); allowed here: "
                            + keys(CountryParams.class),
                    error("""
                            countries:
                              US:
                                wrkerShare: 1
                                workerShare: 1
                            """));
        }

        @Test
        void aFileWhoseOnlyKeyIsMisspeltIsStillTreatedAsAScenario() {
            // Not "this is not a Kempelen scenario": the suggestion is what the user needs.
            assertEquals("bad.yaml:1:1: platfrom: unknown key 'platfrom' (did you mean 'platform'?); allowed here: " + TOP_KEYS,
                    error("platfrom: {commission: 0.3}\n"));
        }
    }

    @Nested
    class WrongTypes {
        @Test
        void textWhereANumberIsExpected() {
            assertEquals("bad.yaml:3:15: platform.commission: found text 'high', expected a number >= 0 and < 1",
                    error("name: x\nplatform:\n  commission: high\n"));
        }

        @Test
        void quotedNumberIsText() {
            assertEquals("bad.yaml:2:7: days: found text '30', expected a whole number from 1 to 36500",
                    error("name: x\ndays: '30'\n"));
        }

        @Test
        void listWhereAMappingIsExpected() {
            assertEquals("bad.yaml:2:11: platform: found a list, expected a mapping with keys " + PLATFORM_KEYS,
                    error("name: x\nplatform: [0.2, ON_TOP]\n"));
        }

        @Test
        void emptyValueWhereAMappingIsExpected() {
            assertEquals("bad.yaml:2:10: platform: found an empty value, expected a mapping with keys " + PLATFORM_KEYS,
                    error("name: x\nplatform:\nseed: 3\n"));
        }

        @Test
        void decimalWhereAWholeNumberIsExpected() {
            assertEquals("bad.yaml:2:7: days: found the number 3.5, expected a whole number from 1 to 36500",
                    error("name: x\ndays: 3.5\n"));
        }

        @Test
        void decimalWhereAWholeNumberIsExpectedInAListItem() {
            assertEquals("bad.yaml:6:15: countries.US.shocks[0].day: found the number 3.5, expected a whole number >= 0",
                    error("""
                            name: x
                            countries:
                              US:
                                workerShare: 1
                                shocks:
                                  - {day: 3.5, kind: priceLevel}
                            """));
        }

        @Test
        void booleanWhereANumberIsExpected() {
            assertEquals("bad.yaml:2:13: population: found the boolean true, expected a whole number from 1 to 50000000",
                    error("name: x\npopulation: true\n"));
        }

        @Test
        void numberWhereABooleanIsExpected() {
            assertEquals("bad.yaml:2:30: platform.countryTargeting: found the number 1, expected true or false",
                    error("name: x\nplatform: {countryTargeting: 1}\n"));
        }

        @Test
        void mappingWhereTextIsExpected() {
            assertEquals("bad.yaml:1:7: name: found a mapping, expected text", error("name: {first: x}\n"));
        }

        @Test
        void singleValueWhereAListIsExpected() {
            assertEquals("bad.yaml:3:21: platform.bannedCategories: found text 'VOICE', expected a list",
                    error("name: x\nplatform:\n  bannedCategories: VOICE\n"));
        }

        @Test
        void numberWhereAnEnumIsExpected() {
            assertEquals("bad.yaml:2:24: platform.disclosure: found the number 2, expected one of NONE, CATEGORY, FULL",
                    error("name: x\nplatform: {disclosure: 2}\n"));
        }

        @Test
        void yamlAliasIsRefusedRatherThanReadAsTheAnchorName() {
            assertEquals("bad.yaml:4:7: risk: found the YAML alias '*p'; aliases (and '<<' merge keys) are not supported"
                            + " in scenarios, write the value out in full",
                    error("name: x\nforum: &p\n  degree: 4\nrisk: *p\n"));
        }
    }

    @Nested
    class OutOfRange {
        @Test
        void belowTheMinimum() {
            assertEquals("bad.yaml:2:7: days: found 0, allowed a whole number from 1 to 36500", error("name: x\ndays: 0\n"));
        }

        @Test
        void aboveTheMaximum() {
            assertEquals("bad.yaml:2:7: days: found 40000, allowed a whole number from 1 to 36500", error("name: x\ndays: 40000\n"));
        }

        @Test
        void atAnExclusiveMaximum() {
            assertEquals("bad.yaml:3:15: platform.commission: found 1, allowed a number >= 0 and < 1",
                    error("name: x\nplatform:\n  commission: 1\n"));
        }

        @Test
        void atAnExclusiveMinimum() {
            assertEquals("bad.yaml:3:15: economy.runwayDays: found 0, allowed a number > 0 and <= 3650",
                    error("name: x\neconomy:\n  runwayDays: 0\n"));
        }

        @Test
        void bothBoundsExclusive() {
            assertEquals("bad.yaml:2:24: workers.skillMedian: found 1.0, allowed a number > 0 and < 1",
                    error("name: x\nworkers: {skillMedian: 1.0}\n"));
        }

        @Test
        void negativeWhereOnlyAMinimumIsDeclared() {
            assertEquals("bad.yaml:4:26: requesters.ACADEMIC.categoryMix.VOICE: found -1, allowed a number >= 0",
                    error("name: x\nrequesters:\n  ACADEMIC:\n    categoryMix: {VOICE: -1}\n"));
        }

        @Test
        void wholeNumberTooLargeForAnOpenEndedRange() {
            assertEquals("bad.yaml:2:7: seed: found 99999999999999999999, allowed a whole number >= 0 and <= 9223372036854775807",
                    error("name: x\nseed: 99999999999999999999\n"));
        }

        @Test
        void wholeNumberTooLargeForItsTypeReportsTheDeclaredRange() {
            assertEquals("bad.yaml:2:7: days: found 3000000000, allowed a whole number from 1 to 36500",
                    error("name: x\ndays: 3000000000\n"));
        }
    }

    @Nested
    class NonFiniteNumbers {
        @ParameterizedTest
        @ValueSource(strings = {".nan", ".NaN", ".inf", ".Inf", "-.inf", "+.inf", "NaN", "Infinity", "-Infinity"})
        void areRefusedWhereANumberIsExpected(String value) {
            assertEquals("bad.yaml:3:15: platform.commission: found " + value
                            + "; NaN and infinite numbers are not allowed, give a finite number >= 0 and < 1",
                    error("name: x\nplatform:\n  commission: " + value + "\n"));
        }

        @ParameterizedTest
        @ValueSource(strings = {".nan", "-.inf", "NaN"})
        void areRefusedWhereAWholeNumberIsExpected(String value) {
            assertEquals("bad.yaml:2:7: days: found " + value
                            + "; NaN and infinite numbers are not allowed, give a whole number from 1 to 36500",
                    error("name: x\ndays: " + value + "\n"));
        }

        @Test
        void areRefusedAsMapValues() {
            assertEquals("bad.yaml:3:35: requesters.ACADEMIC.categoryMix.VOICE: found .inf; NaN and infinite numbers are not"
                            + " allowed, give a finite number >= 0",
                    error("name: x\nrequesters:\n  ACADEMIC: {categoryMix: {VOICE: .inf}}\n"));
        }

        @Test
        void aNumberBeyondDoubleRangeIsInfinite() {
            assertEquals("bad.yaml:2:39: economy.referenceLivingCostMonthly: found 1e400; NaN and infinite numbers are not"
                            + " allowed, give a finite number > 0",
                    error("name: x\neconomy: {referenceLivingCostMonthly: 1e400}\n"));
        }
    }

    @Nested
    class Shares {
        @Test
        void workerSharesThatDoNotSumToOne() {
            assertEquals("bad.yaml:3:3: countries: worker shares sum to 0.9; countries.<code>.workerShare must sum to 1",
                    error("""
                            name: x
                            countries:
                              US: {workerShare: 0.5}
                              DE: {workerShare: 0.4}
                            """));
        }

        @Test
        void workerSharesAboveOne() {
            assertEquals("bad.yaml:3:3: countries: worker shares sum to 1.1; countries.<code>.workerShare must sum to 1",
                    error("name: x\ncountries:\n  US: {workerShare: 0.7}\n  DE: {workerShare: 0.4}\n"));
        }

        @Test
        void sharesWithRoundingErrorStillSumToOne() throws ScenarioException {
            // 0.1 + 0.2 + 0.7 is 0.9999999999999999 in binary floating point.
            Scenario s = ScenarioLoader.fromText("countries:\n  US: {workerShare: 0.1}\n  DE: {workerShare: 0.2}\n  IN: {workerShare: 0.7}\n",
                    "ok.yaml", "ok", List.of());
            assertEquals(List.of("US", "DE", "IN"), s.countryCodes());
        }

        @Test
        void noCountriesAtAll() {
            assertEquals("bad.yaml:2:12: countries: no countries; give at least one country with a workerShare",
                    error("name: x\ncountries: {}\n"));
        }

        @Test
        void shareOutOfRangeIsReportedOnTheShareItself() {
            List<String> all = errors("name: x\ncountries:\n  US: {workerShare: 1.5}\n");
            assertEquals(List.of("bad.yaml:3:21: countries.US.workerShare: found 1.5, allowed a number from 0 to 1"), all);
        }
    }

    @Nested
    class CountryCodes {
        @Test
        void unknownCodeWithoutAPlausibleSuggestion() {
            // Every two-letter code is two edits from XX: no suggestion rather than an arbitrary one.
            assertEquals("bad.yaml:3:3: countries.XX: unknown country code 'XX'; " + ISO_HINT,
                    error("name: x\ncountries:\n  XX: {workerShare: 1}\n"));
        }

        @Test
        void lowercaseCodeSuggestsTheCapitals() {
            assertEquals("bad.yaml:3:3: countries.us: unknown country code 'us' (did you mean 'US'?); " + ISO_HINT,
                    error("name: x\ncountries:\n  us: {workerShare: 1}\n"));
        }

        @Test
        void lowercaseCodeOfACountryOutsideTheTableSuggestsItsCapitals() {
            assertEquals("bad.yaml:3:3: countries.fr: unknown country code 'fr' (did you mean 'FR'?); " + ISO_HINT,
                    error("name: x\ncountries:\n  fr: {workerShare: 1}\n"));
        }

        @Test
        void ukSuggestsGb() {
            assertEquals("bad.yaml:3:3: countries.UK: unknown country code 'UK' (did you mean 'GB'?); " + ISO_HINT,
                    error("name: x\ncountries:\n  UK: {workerShare: 1}\n"));
        }

        @Test
        void codeOutsideTheBuiltInTableMustGiveEveryRequiredField() {
            assertEquals(List.of(
                    "bad.yaml:4:7: countries.FR.minimumWageMonthly: missing required parameter 'minimumWageMonthly' (a number >= 0, USD/month): Statutory minimum wage; effective wages are compared with it.",
                    "bad.yaml:4:7: countries.FR.localHourlyWage: missing required parameter 'localHourlyWage' (a number > 0, USD/hour): Typical alternative hourly pay open to a crowdworker; sets other income and the reservation wage.",
                    "bad.yaml:4:7: countries.FR.livingCostMonthly: missing required parameter 'livingCostMonthly' (a number > 0, USD/month): Living cost of a single adult.",
                    "bad.yaml:4:7: countries.FR.pppFactor: missing required parameter 'pppFactor' (a number > 0): Local purchasing power of one nominal USD relative to the US (US = 1).",
                    "bad.yaml:4:7: countries.FR.gdpPerCapitaPpp: missing required parameter 'gdpPerCapitaPpp' (a number > 0, USD PPP/year): GDP per capita at PPP; orders countries from poorest to richest in the summary.",
                    "bad.yaml:4:7: countries.FR.noOtherIncomeShare: missing required parameter 'noOtherIncomeShare' (a number from 0 to 1, share): Share of this country's crowdworkers without another income.",
                    "bad.yaml:4:7: countries.FR.dataProtection: missing required parameter 'dataProtection' (a number from 0 to 1, probability): Probability that harm to a worker's data is notified to the worker, and that a leaving worker's request to erase its data is honoured.",
                    "bad.yaml:4:7: countries.FR.privacyAttitude: missing required parameter 'privacyAttitude' (a number from 0 to 100): Multiplier on every category's WTA: how much this country's people ask to give up personal data relative to the US (docs/ODD.md 7.4; surveyed countries from Prince & Wallsten 2020, others by the rule stated there).",
                    "bad.yaml:4:7: countries.FR.safetyNetCoverage: missing required parameter 'safetyNetCoverage' (a number from 0 to 1, share): Share of workers without other income who receive a cash benefit from social protection (ILO World Social Protection Report; docs/ODD.md 7.1).",
                    "bad.yaml:4:7: countries.FR.safetyNetBenefit: missing required parameter 'safetyNetBenefit' (a number from 0 to 2, share of living cost): Cash benefit of a covered worker without other income, as a share of its living cost (docs/ODD.md 7.1)."),
                    errors("""
                            name: x
                            countries:
                              US: {workerShare: 0.5}
                              FR: {workerShare: 0.5, name: France}
                            """));
        }

        @Test
        void codeOutsideTheTableLoadsWhenComplete() throws ScenarioException {
            Scenario s = ScenarioLoader.fromText("""
                    countries:
                      US: {workerShare: 0.5}
                      FR: {name: France, workerShare: 0.5, minimumWageMonthly: 1800, localHourlyWage: 14, livingCostMonthly: 1500,
                           pppFactor: 1.2, gdpPerCapitaPpp: 58000, noOtherIncomeShare: 0.15, dataProtection: 0.9,
                           privacyAttitude: 2.6, safetyNetCoverage: 0.84, safetyNetBenefit: 0.7}
                    """, "ok.yaml", "ok", List.of());
            assertEquals("France", s.countries().get("FR").name());
            assertEquals(0.0, s.countries().get("FR").idDistrust(), "general defaults still apply");
        }

        @Test
        void requesterCountryWeightNamingACountryNotInTheScenario() {
            assertEquals("bad.yaml:4:26: requesters.ACADEMIC.countryWeights.FR: country 'FR' is not among the scenario's countries; allowed: "
                            + TABLE_COUNTRIES,
                    error("name: x\nrequesters:\n  ACADEMIC:\n    countryWeights: {FR: 1}\n"));
        }

        @Test
        void requesterCountryWeightInLowercaseSuggestsTheScenarioCountry() {
            assertEquals("bad.yaml:4:26: requesters.ACADEMIC.countryWeights.us: country 'us' is not among the scenario's countries"
                            + " (did you mean 'US'?); allowed: " + TABLE_COUNTRIES,
                    error("name: x\nrequesters:\n  ACADEMIC:\n    countryWeights: {us: 1}\n"));
        }
    }

    @Nested
    class CategoryAndEnumNames {
        @Test
        void unknownDataCategoryKey() {
            assertEquals("bad.yaml:3:3: categories.FACE_FOTO: unknown data category 'FACE_FOTO' (did you mean 'FACE_PHOTO'?); allowed: "
                            + CATEGORIES,
                    error("name: x\ncategories:\n  FACE_FOTO: {medianWta: 3}\n"));
        }

        @Test
        void unknownDataCategoryInAList() {
            assertEquals("bad.yaml:3:22: platform.bannedCategories[0]: unknown data category 'VOCE' (did you mean 'VOICE'?); allowed: "
                            + CATEGORIES,
                    error("name: x\nplatform:\n  bannedCategories: [VOCE]\n"));
        }

        @Test
        void unknownDataCategoryInACategoryMix() {
            assertEquals("bad.yaml:4:19: requesters.ACADEMIC.categoryMix.selfie: unknown data category 'selfie'; allowed: " + CATEGORIES,
                    error("name: x\nrequesters:\n  ACADEMIC:\n    categoryMix: {selfie: 1}\n"));
        }

        @Test
        void unknownRequesterType() {
            assertEquals("bad.yaml:3:3: requesters.SCAMMERS: unknown requester type 'SCAMMERS' (did you mean 'SCAMMER'?); allowed:"
                            + " AI_DATA_VENDOR, MARKET_RESEARCH, ACADEMIC, GOVERNMENT, PLATFORM_QA, SCAMMER",
                    error("name: x\nrequesters:\n  SCAMMERS: {count: 3}\n"));
        }

        @Test
        void unknownEnumValue() {
            assertEquals("bad.yaml:3:15: platform.disclosure: unknown disclosure 'FULLL' (did you mean 'FULL'?); allowed: NONE, CATEGORY, FULL",
                    error("name: x\nplatform:\n  disclosure: FULLL\n"));
        }

        @Test
        void enumValueInLowercaseSuggestsTheCapitals() {
            assertEquals("bad.yaml:4:11: platform.pricing.rule: unknown pricing rule type 'ppp_tiered' (did you mean 'PPP_TIERED'?);"
                            + " allowed: FIXED, PPP_TIERED, QUOTA_ESCALATION, PAY_FLOOR, REVERSE_AUCTION",
                    error("name: x\nplatform:\n  pricing:\n    rule: ppp_tiered\n"));
        }
    }

    @Nested
    class DuplicateKeys {
        @Test
        void topLevelDuplicateNamesTheFirstOccurrence() {
            assertEquals("bad.yaml:4:1: days: duplicate key 'days' (first given at line 2); give each key once",
                    error("name: x\ndays: 3\npopulation: 5\ndays: 4\n"));
        }

        @Test
        void nestedDuplicateHasItsFullPath() {
            assertEquals("bad.yaml:5:3: platform.commission: duplicate key 'commission' (first given at line 3); give each key once",
                    error("name: x\nplatform:\n  commission: 0.1\n  screening: 0.3\n  commission: 0.2\n"));
        }

        @Test
        void duplicateCountryInAFlowMappingAndAnotherElsewhereAreBothReported() {
            assertEquals(List.of(
                    "bad.yaml:2:35: countries.US: duplicate key 'US' (first given at line 2); give each key once",
                    "bad.yaml:4:1: name: duplicate key 'name' (first given at line 1); give each key once"),
                    errors("name: x\ncountries: {US: {workerShare: 1}, US: {workerShare: 1}}\nseed: 1\nname: y\n"));
        }
    }

    @Nested
    class NotAScenario {
        @Test
        void emptyFile() {
            assertEquals("bad.yaml: the file is empty; a scenario is a YAML mapping such as 'name: baseline'", error(""));
        }

        @Test
        void blankFile() {
            assertEquals("bad.yaml: the file is empty; a scenario is a YAML mapping such as 'name: baseline'", error("\n  \n\t\n"));
        }

        @Test
        void onlyComments() {
            assertEquals("bad.yaml: the file holds no YAML value (only comments?); a scenario is a YAML mapping such as 'name: baseline'",
                    error("# a scenario\n# still to be written\n"));
        }

        @Test
        void listAtTheTop() {
            assertEquals("bad.yaml:1:1: found a list; a scenario is a mapping of parameters such as name, seed, days, population,"
                            + " countries, platform",
                    error("- name: x\n- name: y\n"));
        }

        @Test
        void singleValueAtTheTop() {
            assertEquals("bad.yaml:1:1: found text 'baseline'; a scenario is a mapping of parameters such as name, seed, days,"
                            + " population, countries, platform",
                    error("baseline\n"));
        }

        @Test
        void yamlThatIsNotAScenario() {
            assertEquals("bad.yaml:1:1: this is not a Kempelen scenario: none of its keys (version, services, volumes) is a scenario"
                            + " parameter; expected keys such as " + TOP_KEYS,
                    error("""
                            version: "3.8"
                            services:
                              web:
                                image: nginx:1.25
                                ports: ["80:80"]
                            volumes:
                              data: {}
                            """));
        }

        @Test
        void moreThanOneDocument() {
            assertEquals("bad.yaml:3:1: more than one YAML document; a scenario file holds exactly one",
                    error("name: x\n---\nname: y\n"));
        }
    }

    @Nested
    class MalformedYaml {
        @Test
        void unclosedFlowList() {
            assertEquals("bad.yaml:4:1: not valid YAML: expected ',' or ']', but got the end of the file"
                            + " (in a flow sequence starting at line 3, column 21)",
                    error("name: x\nplatform:\n  bannedCategories: [VOICE\n"));
        }

        @Test
        void badIndentation() {
            assertEquals("bad.yaml:2:6: not valid YAML: mapping values are not allowed here",
                    error("name: x\n days: 3\n  seed: 1\n"));
        }

        @Test
        void tabCharacter() {
            assertEquals("bad.yaml:2:6: not valid YAML: found character 'tab' that cannot start any token. (Do not use tab for indentation)",
                    error("name: x\ndays:\t30\n"));
        }

        @Test
        void unterminatedQuote() {
            assertEquals("bad.yaml:3:1: not valid YAML: found unexpected end of the file (in a quoted text starting at line 1, column 7)",
                    error("name: 'baseline\ndays: 3\n"));
        }

        @Test
        void listItemAfterAMappingKeyAtTheSameLevel() {
            assertEquals("bad.yaml:2:1: not valid YAML: expected the end of the indented block, but found a key"
                            + " (in a block collection starting at line 1, column 1)",
                    error("- a\nb: c\n"));
        }
    }

    @Nested
    class CrossFieldRules {
        @Test
        void aShockFieldThatBelongsToAnotherKind() {
            assertEquals("bad.yaml:3:83: countries.VE.shocks[0].incomeLossShare: found 0.3; a currencyCollapse takes factor and"
                            + " livingCostFactor, incomeLossShare belongs to incomeLoss",
                    error("name: x\ncountries:\n  VE: {workerShare: 1, shocks: [{day: 3, kind: currencyCollapse, incomeLossShare: 0.3}]}\n"));
            assertTrue(error("name: x\ncountries:\n  VE: {workerShare: 1, shocks: [{day: 3, kind: priceLevel, factor: 0.5}]}\n")
                    .contains("a priceLevel shock takes livingCostFactor only"));
        }

        @Test
        void anUnknownShockKindListsTheKinds() {
            String e = error("name: x\ncountries:\n  VE: {workerShare: 1, shocks: [{day: 3, kind: hyperinflation}]}\n");
            assertTrue(e.contains("currencyCollapse, incomeLoss, priceLevel"), e);
        }

        @Test
        void loginProbabilityPlusPressureBoostAboveOne() {
            assertEquals("bad.yaml:4:23: workers.loginPressureBoost: loginProbability 0.7 + loginPressureBoost 0.45 is 1.15;"
                            + " it is a probability and must be at most 1",
                    error("name: x\nworkers:\n  loginProbability: 0.7\n  loginPressureBoost: 0.45\n"));
        }

        @Test
        void loginRuleWithTheBoostDefaultedPointsAtTheEnclosingMapping() {
            assertEquals("bad.yaml:3:3: workers.loginPressureBoost: loginProbability 0.7 + loginPressureBoost 0.45 is 1.15;"
                            + " it is a probability and must be at most 1",
                    error("name: x\nworkers:\n  loginProbability: 0.7\n"));
        }

        @Test
        void payFloorWithoutAMinimumHourlyPay() {
            assertEquals("bad.yaml:3:3: platform.minimumHourlyPay: found 0, but pricing rule PAY_FLOOR needs a floor:"
                            + " set platform.minimumHourlyPay > 0 (USD/hour)",
                    error("name: x\nplatform:\n  pricing: {rule: PAY_FLOOR}\n"));
        }

        @Test
        void payFloorOverPayFloor() {
            assertEquals("bad.yaml:6:16: platform.pricing.floorOver: found PAY_FLOOR, allowed FIXED, PPP_TIERED or QUOTA_ESCALATION",
                    error("""
                            name: x
                            platform:
                              minimumHourlyPay: 5
                              pricing:
                                rule: PAY_FLOOR
                                floorOver: PAY_FLOOR
                            """));
        }

        @Test
        void payFloorOverReverseAuction() {
            assertEquals("bad.yaml:3:41: platform.pricing.floorOver: found REVERSE_AUCTION, allowed FIXED, PPP_TIERED or QUOTA_ESCALATION",
                    error("name: x\nplatform:\n  pricing: {rule: PAY_FLOOR, floorOver: REVERSE_AUCTION}\n  minimumHourlyPay: 5\n"));
        }

        @Test
        void oddForumDegree() {
            assertEquals("bad.yaml:3:11: forum.degree: found 5, allowed an even whole number from 0 to 200",
                    error("name: x\nforum:\n  degree: 5\n"));
        }

        @Test
        void payoutFeeAboveThresholdAndIncrement() {
            assertEquals("bad.yaml:3:31: platform.payout.fee: found 6, which exceeds every payout; the fee must be at most"
                            + " the threshold (5) or the increment (2)",
                    error("name: x\nplatform:\n  payout: {threshold: 5, fee: 6, increment: 2}\n"));
        }

        @Test
        void qualityCheckAskingForMoreApprovalsThanTasks() {
            assertEquals("bad.yaml:4:48: requesters.PLATFORM_QA.qualityCheck.minimumApproved: found 19, more than the 18 tasks of a check;"
                            + " give at most qualityCheck.tasks",
                    error("name: x\nrequesters:\n  PLATFORM_QA:\n    qualityCheck: {tasks: 18, minimumApproved: 19}\n"));
        }

        @Test
        void payoutFeeAtTheIncrementIsAllowed() throws ScenarioException {
            Scenario s = ScenarioLoader.fromText("platform:\n  payout: {threshold: 5, fee: 10, increment: 10}\n", "ok.yaml", "ok", List.of());
            assertEquals(10.0, s.platform().payout().fee());
        }

        @Test
        void countryTargetingWeightsWithoutAnyWeight() {
            assertEquals("bad.yaml:4:5: requesters.ACADEMIC.countryWeights: countryTargeting is WEIGHTS but no positive weight"
                            + " is given for any scenario country",
                    error("name: x\nrequesters:\n  ACADEMIC:\n    countryTargeting: WEIGHTS\n"));
        }

        @Test
        void countryTargetingWeightsWithOnlyZeroWeights() {
            assertEquals("bad.yaml:5:21: requesters.ACADEMIC.countryWeights: countryTargeting is WEIGHTS but no positive weight"
                            + " is given for any scenario country",
                    error("name: x\nrequesters:\n  ACADEMIC:\n    countryTargeting: WEIGHTS\n    countryWeights: {US: 0, DE: 0}\n"));
        }

        @Test
        void bannedCategoryListedTwice() {
            assertEquals("bad.yaml:3:21: platform.bannedCategories: found VOICE twice; list each category once",
                    error("name: x\nplatform:\n  bannedCategories: [VOICE, FACE_PHOTO, VOICE]\n"));
        }

        @Test
        void categoryWithAPriceButNoKnownRisk() {
            assertEquals("bad.yaml:3:22: categories.VOICE.knownRisk: knownRisk is 0 but medianWta is 2.8; a category whose data"
                            + " has a price needs a known risk > 0",
                    error("name: x\ncategories:\n  VOICE: {knownRisk: 0}\n"));
        }

        @Test
        void categoryMixWithOnlyZeroWeights() {
            assertEquals("bad.yaml:4:18: requesters.ACADEMIC.categoryMix: all category weights are 0; give at least one positive weight",
                    error("name: x\nrequesters:\n  ACADEMIC:\n    categoryMix: {VOICE: 0}\n"));
        }
    }

    @Nested
    class SeveralProblems {
        @Test
        void areReportedTogetherInFileOrder() {
            // The binder meets days before platform and countries before both; the report follows the file.
            assertEquals(List.of(
                    "bad.yaml:2:15: platform.commission: found 1.5, allowed a number >= 0 and < 1",
                    "bad.yaml:3:1: platfrom: unknown key 'platfrom' (did you mean 'platform'?); allowed here: " + TOP_KEYS,
                    "bad.yaml:4:7: days: found 0, allowed a whole number from 1 to 36500",
                    "bad.yaml:5:13: population: found text 'many', expected a whole number from 1 to 50000000",
                    "bad.yaml:7:3: countries.us: unknown country code 'us' (did you mean 'US'?); " + ISO_HINT),
                    errors("""
                            platform:
                              commission: 1.5
                            platfrom: {}
                            days: 0
                            population: many
                            countries:
                              us: {workerShare: 1}
                            """));
        }

        @Test
        void messageOfTheExceptionIsOneLinePerProblem() {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.fromText("days: 0\nseed: -1\n", "bad.yaml", "bad", List.of()));
            assertEquals("bad.yaml:1:7: days: found 0, allowed a whole number from 1 to 36500\n"
                    + "bad.yaml:2:7: seed: found -1, allowed a whole number >= 0", e.getMessage());
        }

        @Test
        void problemCarriesLocationPathAndMessageSeparately() {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.fromText("name: x\nplatform:\n  commission: 2\n", "bad.yaml", "bad", List.of()));
            Problem p = e.problems().get(0);
            assertEquals(new Location("bad.yaml", 3, 15), p.location());
            assertEquals("platform.commission", p.path());
            assertEquals("found 2, allowed a number >= 0 and < 1", p.message());
        }
    }

    @Nested
    class ScenarioFiles {
        @TempDir
        Path tmp;

        @Test
        void messagesNameTheFileAsGiven() throws Exception {
            Path f = tmp.resolve("my.yaml");
            Files.writeString(f, "name: x\nplatform:\n  commission: 1.5\n");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
            assertEquals(List.of(f + ":3:15: platform.commission: found 1.5, allowed a number >= 0 and < 1"),
                    e.problems().stream().map(Problem::toString).toList());
        }

        @Test
        void missingFile() {
            Path f = tmp.resolve("nowhere.yaml");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
            assertEquals(f + ": no such file; expected a scenario, a YAML text file", e.getMessage());
        }

        @Test
        void notUtf8() throws Exception {
            Path f = tmp.resolve("binary.yaml");
            Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
            assertEquals(f + ": not a text file (not UTF-8); expected a scenario, a YAML text file", e.getMessage());
        }

        @Test
        void byteOrderMarkAndWindowsLineEndingsDoNotShiftLocations() throws Exception {
            Path f = tmp.resolve("windows.yaml");
            Files.write(f, "\uFEFFname: x\r\ndays: 0\r\n".getBytes(StandardCharsets.UTF_8));
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
            assertEquals(f + ":2:7: days: found 0, allowed a whole number from 1 to 36500", e.getMessage());
        }

        @Test
        void scenarioWithoutANameIsNamedAfterItsFile() throws Exception {
            Path f = tmp.resolve("commission-30.yaml");
            Files.writeString(f, "platform: {commission: 0.3}\n");
            assertEquals("commission-30", ScenarioLoader.load(f, List.of()).name());
            Files.writeString(f, "name: ''\n");
            assertEquals("commission-30", ScenarioLoader.load(f, List.of()).name(), "an empty name counts as none");
        }

        @Test
        void errorsNeverLeakParserInternals() {
            for (String yaml : List.of("a: [", "a: {b", "a: 'x", "- a\nb: c", "a:\tb", "a: *x", "? [a]\n: b", "a: !!binary x")) {
                ScenarioException e = assertThrows(ScenarioException.class,
                        () -> ScenarioLoader.fromText(yaml, "bad.yaml", "bad", List.of()), yaml);
                for (String banned : List.of("jackson", "snakeyaml", "Exception", "reader", "\n", "<stream", "<block", "<scalar", "^")) {
                    assertFalse(e.getMessage().contains(banned), () -> yaml + " -> " + e.getMessage());
                }
            }
        }
    }

    @Nested
    class SeveralPlatforms {
        @TempDir
        Path tmp;

        @Test
        void aFurtherPlatformTakesWhatItDoesNotGiveFromTheFirst() throws ScenarioException {
            Scenario s = ScenarioLoader.fromText("""
                    name: x
                    platform: {name: strict, commission: 0.3, bannedCategories: [ID_DOCUMENT], banEnforcement: 1}
                    platforms:
                      lax: {banEnforcement: 0.1}
                    """, "ok.yaml", "ok", List.of("platforms.lax.searchMinutesPerOffer=2"));
            PlatformParams lax = s.platforms().get("lax");
            assertEquals("lax", lax.name());
            assertEquals(0.3, lax.commission());
            assertEquals(List.of(DataCategory.ID_DOCUMENT), lax.bannedCategories());
            assertEquals(0.1, lax.banEnforcement());
            assertEquals(2, lax.searchMinutesPerOffer());
            assertEquals(List.of("strict", "lax"), s.allPlatforms().stream().map(PlatformParams::name).toList());
        }

        @Test
        void aMisspeltKeyInAFurtherPlatformIsFoundWhereItIsWritten() {
            assertEquals("bad.yaml:4:8: platforms.b.comission: unknown key 'comission' (did you mean 'commission'?); allowed here: " + PLATFORM_KEYS,
                    error("name: x\nplatforms:\n  b:\n       comission: 0.3\n"));
        }

        @Test
        void aPlatformNamedTwiceIsRefused() {
            assertEquals("bad.yaml:3:9: platforms.main: platform name 'main' is used twice (platform.name is 'main'); give every platform its own name",
                    error("name: x\nplatforms:\n  main: {commission: 0.1}\n"));
        }

        @Test
        void aNameThatIsNotTheKeyIsRefused() {
            assertEquals("bad.yaml:3:13: platforms.b.name: found 'c'; a platform under platforms is named by its key ('b'): leave name out",
                    error("name: x\nplatforms:\n  b: {name: c}\n"));
        }

        @Test
        void aMarketWithoutWorkersIsRefused() {
            assertEquals("bad.yaml:2:28: platform.workforceShare: no platform has workers from " + TABLE_COUNTRIES
                    + ": for each country some platform's workforceShare (or workforceShareByCountry.<country>) must be above 0",
                    error("name: x\nplatform: {workforceShare: 0}\nplatforms: {b: {}}\n"));
        }

        @Test
        void aPlatformNameMustBeSafeForAFolder() {
            assertTrue(error("name: x\nplatforms:\n  'a/b': {}\n").startsWith("bad.yaml:3:"), "names become labels and may become folders");
        }

        @Test
        void aPlatformCanTakeItsRulesFromAnotherScenarioFile() throws Exception {
            Path preset = tmp.resolve("preset.yaml");
            Files.writeString(preset, "name: p\nplatform: {commission: 0.35, approvalDays: 30}\npopulation: 99\n");
            Path market = tmp.resolve("market.yaml");
            Files.writeString(market, "name: m\nplatform: {commission: 0.1}\nplatforms:\n  p: {extends: preset.yaml, approvalDays: 5}\n");
            Scenario s = ScenarioLoader.load(market, List.of());
            PlatformParams p = s.platforms().get("p");
            assertEquals(0.35, p.commission(), "from the preset's platform, not the first platform");
            assertEquals(5, p.approvalDays(), "its own value over the preset's");
            assertEquals("p", p.name());
            assertEquals(20000, s.population(), "only the platform is taken from the preset");
            Files.writeString(market, "name: m\nplatforms:\n  p: {extends: nowhere.yaml}\n");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(market, List.of()));
            assertTrue(e.getMessage().startsWith(market + ":3:16: extends: no scenario file "), e.getMessage());
        }

        @Test
        void atMostSixteenPlatforms() {
            StringBuilder yaml = new StringBuilder("name: x\nplatforms:\n");
            for (int i = 0; i < Scenario.MAX_PLATFORMS; i++) yaml.append("  p").append(i).append(": {}\n");
            assertEquals("bad.yaml:3:3: platforms: found 17 platforms; a market has at most 16 (platform and up to 15 under platforms)",
                    error(yaml.toString()));
        }
    }
}
