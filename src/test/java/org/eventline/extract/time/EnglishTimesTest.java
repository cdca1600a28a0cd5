package org.eventline.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTimesTest {

    @ParameterizedTest(name = "{1}: {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-12-15 | The talks were held on Dec. 15 in Berlin.                    | Dec. 15                   | 2025-12-15
            2025-12-15 | He arrived on 15 December 2025.                              | 15 December 2025          | 2025-12-15
            2025-12-15 | It was signed on December 15th, 2025.                        | December 15th, 2025       | 2025-12-15
            2025-12-15 | The deadline is 2025-12-15.                                  | 2025-12-15                | 2025-12-15
            2025-12-15 | The deal was dated 12/15/2025.                               | 12/15/2025                | 2025-12-15
            2025-12-15 | The deal was dated 15/12/2025.                               | 15/12/2025                | 2025-12-15
            2025-12-15 | Monday, Dec. 15 was cold.                                    | Monday, Dec. 15           | 2025-12-15
            2025-12-15 | Talks on Dec 14-15 ended without a deal.                     | Dec 14-15                 | 2025-12-14/2025-12-15
            2025-12-17 | They met between Dec 14 and 16.                              | between Dec 14 and 16     | 2025-12-14/2025-12-16
            2025-12-17 | Talks ran Dec. 14 to 16 in Berlin.                           | Dec. 14 to 16             | 2025-12-14/2025-12-16
            2025-12-17 | Talks were held on 14 and 15 December.                       | 14 and 15 December        | 2025-12-14/2025-12-15
            2013-03-22 | the swine flu pandemic of 2009-2010, when 348 children died  | 2009-2010                 | 2009/2010
            2025-12-15 | KYIV, Dec 15 (Reuters) - Ukraine said                        | Dec 15                    | 2025-12-15
            2025-12-13 | Trump will meet Zelensky on Friday.                          | Friday                    | 2025-12-19
            2025-12-13 | Trump met Zelensky on Friday.                                | Friday                    | 2025-12-12
            2025-12-13 | Starmer will host the so-called coalition of the willing on Friday. | Friday           | 2025-12-19
            2022-03-30 | Ukraine put forward a plan on Tuesday under which it would stay neutral. | Tuesday     | 2022-03-29
            2026-03-10 | Zelensky issued a statement on Monday saying Kyiv would not give up land. | Monday | 2026-03-09
            2026-02-17 | The plan, presented at talks in Lisbon on Sunday, would halt fighting. | Sunday       | 2026-02-15
            2026-04-14 | Ankara wanted an answer before the end of May.              | the end of May            | 2026-05-31
            2025-12-13 | On Friday, European Union governments agreed to freeze assets. | Friday                  | 2025-12-12
            2025-12-17 | Zelensky said on Monday that talks would continue.           | Monday                    | 2025-12-15
            2025-12-17 | The leaders will gather on Monday.                           | Monday                    | 2025-12-22
            2025-12-13 | They discussed it last week.                                 | last week                 | 2025-W49
            2025-12-13 | a deal can be reached at an EU summit next week              | next week                 | 2025-W51
            2025-12-13 | The envoy will travel to Germany this weekend.               | this weekend              | 2025-12-13/2025-12-14
            2025-12-13 | Prices rose earlier this month.                              | earlier this month        | 2025-12
            2025-12-13 | In an interview earlier this week, the president said        | earlier this week         | 2025-W50
            2025-12-13 | a proposal which first emerged in late November              | late November             | 2025-11
            2025-12-13 | Growth is expected to recover by mid-2024.                   | mid-2024                  | 2024
            2025-12-13 | The deal must be done by the end of the year.                | the end of the year       | 2025-12-31
            2025-12-13 | The money is due by the end of the month.                    | the end of the month      | 2025-12-31
            2025-12-13 | Russia launched its invasion in February 2022.               | February 2022             | 2022-02
            2025-12-13 | Ukraine would become a member as soon as January 2027.       | January 2027              | 2027-01
            2025-12-13 | A ceasefire could come in the summer of 2026.                | summer of 2026            | 2026-SU
            2025-12-13 | Sales grew in the third quarter of 2025.                     | the third quarter of 2025 | 2025-Q3
            2025-12-13 | Sales grew in Q3.                                            | Q3                        | 2025-Q3
            2025-12-13 | Sales should recover in Q4 2026.                             | Q4 2026                   | 2026-Q4
            2025-12-13 | Sales fell in the first half.                                | the first half            | 2025-H1
            2025-12-13 | Sales will rise in the first half of 2026.                   | the first half of 2026    | 2026-H1
            2025-12-13 | Russia in the 1990s was poor.                                | the 1990s                 | 199
            2025-12-13 | Prices doubled in the early 2000s.                           | the early 2000s           | 200
            2025-12-13 | Music of the '90s returned.                                  | the '90s                  | 199
            2025-12-13 | The 20th century saw two world wars.                         | The 20th century          | 19
            2025-12-13 | The US has held several rounds of talks in recent weeks.     | in recent weeks           | PAST_REF
            2025-12-13 | He recently visited Kyiv.                                    | recently                  | PAST_REF
            2025-12-13 | Elections could be held within 90 days.                      | 90 days                   | P90D
            2025-12-13 | areas devastated after nearly four years of all-out war      | nearly four years         | P4Y
            2025-12-13 | The talks lasted two days.                                   | two days                  | P2D
            2025-12-13 | It needs an extra €135.7bn over the next two years.          | the next two years        | P2Y
            2025-12-13 | The US has been working on it for years.                     | years                     | PXY
            2025-12-13 | It is now clear that the war will go on.                     | now                       | PRESENT_REF
            2025-12-13 | The front line is currently stalled.                         | currently                 | PRESENT_REF
            2025-12-13 | In the future things may change.                             | the future                | FUTURE_REF
            2025-12-13 | The war started four years ago.                              | four years ago            | 2021
            2025-12-13 | They met two weeks ago.                                      | two weeks ago             | 2025-W48
            2025-12-13 | They met three months ago.                                   | three months ago          | 2025-09
            2025-12-13 | The Trump administration wants a deal in place by Christmas. | Christmas                 | 2025-12-25
            2025-12-27 | The deal was signed before Christmas.                        | Christmas                 | 2025-12-25
            2026-01-05 | The deal was signed at Christmas.                            | Christmas                 | 2025-12-25
            2025-12-13 | The family met over Thanksgiving.                            | Thanksgiving              | 2025-11-27
            2025-12-13 | Officials spoke yesterday afternoon.                         | yesterday afternoon       | 2025-12-12TAF
            2025-12-13 | The vote is tonight.                                         | tonight                   | 2025-12-13TNI
            2025-12-13 | Officials said this morning that talks resumed.              | this morning              | 2025-12-13TMO
            2013-03-22 | The event is on at 15:00 GMT Saturday.                       | 15:00 GMT Saturday        | 2013-03-23T15:00
            2025-12-13 | The vote took place at 3 p.m. on Friday.                     | 3 p.m. on Friday          | 2025-12-12T15:00
            2025-12-13 | Ukraine became independent in 1991.                          | 1991                      | 1991
            2025-12-13 | Since 2014, Russia has occupied Crimea.                      | 2014                      | 2014
            2025-12-13 | Moscow applied days after the 2022 invasion.                 | 2022                      | 2022
            2025-12-13 | In December, leaders met in Paris.                           | December                  | 2025-12
            2025-12-13 | In May they will meet again.                                 | May                       | 2026-05
            2013-03-22 | BP agreed to sell its stake in October.                      | October                   | 2012-10
            2013-03-22 | The book is due to be published in May.                      | May                       | 2013-05
            2013-03-18 | three companies for the China program to run through June    | June                      | 2013-06
            2025-03-20 | Last summer was hot.                                         | Last summer               | 2024-SU
            2025-03-20 | Next winter will be cold.                                    | Next winter               | 2025-WI
            2025-12-13 | Talks will resume in the spring.                             | spring                    | 2026-SP
            2025-12-13 | The meeting comes days after the attack.                     | days after                | PAST_REF
            2025-12-13 | The meeting lasted half an hour.                             | half an hour              | PT30M
            2025-12-13 | The siege lasted a year and a half.                          | a year and a half         | P18M
            2025-12-13 | The war has lasted for 1,000 days.                           | 1,000 days                | P1000D
            2025-12-13 | Talks will run from Monday to Wednesday.                     | from Monday to Wednesday  | 2025-12-15/2025-12-17
            2025-12-13 | They met last December.                                      | last December             | 2024-12
            2025-12-13 | They will meet next January.                                 | next January              | 2026-01
            2025-12-13 | Prices fell over the past week.                              | the past week             | P1W
            2025-12-13 | Prices will rise over the next decade.                       | the next decade           | P10Y
            2025-12-13 | Talks will continue in the coming months.                    | the coming months         | FUTURE_REF
            2025-12-13 | That happened the day before yesterday.                      | the day before yesterday  | 2025-12-11
            2025-12-13 | Every Monday the group meets.                                | Every Monday              | XXXX-WXX-1
            2025-12-13 | Results are published annually.                              | annually                  | P1Y
            2025-12-16 | Martial law has been extended every 90 days since 2022.      | every 90 days             | P90D
            2013-03-22 | A four-week, phased closure of the towers will begin.        | four-week                 | P4W
            2025-12-13 | Prices rose late last year.                                  | late last year            | 2024
            2025-12-13 | Elections are planned for early next year.                   | early next year           | 2026
            2025-12-13 | Growth slowed this year.                                     | this year                 | 2025
            2025-12-13 | Growth slowed last month.                                    | last month                | 2025-11
            2025-12-13 | Prices rose in mid-December.                                 | mid-December              | 2025-12
            2025-12-13 | They met last Friday.                                        | last Friday               | 2025-12-12
            2025-12-13 | They will meet next Tuesday.                                 | next Tuesday              | 2025-12-16
            2025-12-13 | The building was finished a decade ago.                      | a decade ago              | 201
            2025-12-13 | The ship was in international waters at the time.            | at the time               | PAST_REF
            2025-12-13 | In the past, he set two conditions.                          | In the past               | PAST_REF
            2025-12-13 | The economy shrank in the past two years.                    | the past two years        | P2Y
            2025-12-13 | The talks lasted more than 24 hours.                         | more than 24 hours        | PT24H
            2025-12-13 | The buyback could take between 12 and 18 months.             | 18 months                 | P18M
            2025-12-13 | The buyback could take between 12 and 18 months.             | 12                        | P12M
            2025-12-13 | He is serving a 10-year term.                                | 10-year                   | P10Y
            2025-12-13 | Profits rose earlier this year.                              | earlier this year         | 2025
            2025-12-13 | The report is due later this month.                          | later this month          | 2025-12
            2025-12-13 | Russia marks May 9 with a parade.                            | May 9                     | 2026-05-09
            2025-12-13 | Russia marked May 9 with a parade.                           | May 9                     | 2025-05-09
            2025-12-15 | The Sentra goes on sale in late January.                     | late January              | 2026-01
            2025-12-15 | The troops withdrew in January.                              | January                   | 2025-01
            2025-12-15 | Neumann had resigned the previous week.                      | the previous week         | PAST_REF
            2025-12-15 | We would love to one day buy a house.                        | one day                   | FUTURE_REF
            2025-12-15 | The strike lasted for one day.                               | one day                   | P1D
            2025-12-13 | The sanctions run until March 2026.                          | March 2026                | 2026-03
            2025-12-13 | They will meet on Sunday night.                              | Sunday night              | 2025-12-14TNI
            2025-11-24 | He said the issues were solvable before the deadline of Thursday. | Thursday          | 2025-11-27
            2025-11-24 | The deadline passed on Friday.                               | Friday                    | 2025-11-21
            2025-12-13 | The law took effect at the end of 2025.                      | the end of 2025           | 2025-12-31
            2025-12-13 | Cars of the 1950s were heavy.                                | the 1950s                 | 195
            2025-04-21 | Putin declared an Easter truce.                              | Easter                    | 2025-04-20
            2026-01-08 | Zelensky spoke on Orthodox Christmas.                        | Orthodox Christmas        | 2026-01-07
            2025-12-13 | A deal is possible by the New Year.                          | New Year                  | 2026-01-01
            2025-12-17 | Talks took place this past weekend.                          | this past weekend         | 2025-12-13/2025-12-14
            2025-12-16 | Leaders will talk again over the weekend.                    | the weekend               | 2025-12-20/2025-12-21
            2025-12-15 | Drone strikes on the weekend hit Odesa's port.               | the weekend               | 2025-12-13/2025-12-14
            2025-12-18 | Envoys meet in Miami on the weekend.                         | the weekend               | 2025-12-20/2025-12-21
            2026-01-07 | In late December, the US put forward a plan.                 | late December             | 2025-12
            2026-01-07 | Elections are due in March.                                  | March                     | 2026-03
            2025-11-24 | A plan circulated over the weekend would raise the cap.      | the weekend               | 2025-11-22/2025-11-23
            2025-11-24 | Trump has given Kyiv until Thursday — the Thanksgiving holiday — to respond. | Thanksgiving | 2025-11-27
            2025-10-01 | The leaders met at Thanksgiving, officials said.             | Thanksgiving              | 2024-11-28
            2025-12-16 | "KYIV, Dec 15 (Reuters) - Ukraine said today it would talk." | today                | 2025-12-15
            """)
    void normalisesEnglish(String published, String text, String expression, String value) {
        Times.assertFound(published, text, expression, value);
    }

    @ParameterizedTest(name = "{1}: {2} is no time")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-12-13 | a revised version of a 20-point peace plan                   | 20-point
            2025-12-13 | an extra €135.7bn (£119bn; $159bn) over the next two years   | 135.7
            2025-12-13 | agreement on 90% of the issues                               | 90%
            2025-12-13 | growth of only 2.8% next year                                | 2.8%
            2025-12-13 | About 2000 troops were sent.                                 | 2000
            2025-12-13 | Leaders of the G7 met.                                       | G7
            2025-12-13 | Article 5 of the treaty applies.                             | 5
            2025-12-13 | He may resign soon.                                          | may
            2025-12-13 | April Ryan asked a question.                                 | April
            2025-12-13 | The prices fall sharply.                                     | fall
            2025-12-13 | USA Today reported it.                                       | Today
            2025-12-13 | The Sunday Times reported it.                                | Sunday
            2025-12-13 | He is a 45-year-old man.                                     | 45-year-old
            2025-12-13 | A second round of talks began.                               | second
            2025-12-13 | About 1,500 people gathered.                                 | 1,500
            2025-12-13 | He finished in 3:07:35.                                      | 3:07:35
            2025-12-13 | Boeing 747 jets landed.                                      | 747
            2025-12-13 | They joined the March for Life.                              | March
            2025-12-13 | The future of Ukraine is unclear.                            | The future
            2025-12-13 | Route 66 is long.                                            | 66
            2025-12-13 | a laptop with a GTX 1660 card                                | 1660
            2025-12-13 | Black Friday deals are live.                                 | Friday
            2025-12-13 | Markets close at 1900 GMT.                                   | 1900
            2025-12-13 | Markets celebrate the Lunar New Year.                        | New Year
            """)
    void leavesNumbersThatAreNoTimes(String published, String text, String part) {
        Times.assertNoTimeIn(published, text, part);
    }
}
