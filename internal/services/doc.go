// Package services provides the support-services directory read from
// services.yaml, the opening hours of each contact route, the UK bank
// holidays those hours are checked against, and the status a contact card
// shows ("Open now until 16:00", "Closed: opens tomorrow at 10:00").
//
// # services.yaml
//
// [Parse] reads the file into a [Directory] and reports every broken rule
// that needs nothing else to check: unique ids, required fields, known
// contact kinds and nations, https addresses, numbers written as digit
// groups, and hours that parse. Rules that span files (jurisdictions,
// services named by guides) belong to package library.
//
// # Opening hours
//
// Every contact has an hours text, read by [ParseHours]. It is one of:
//
//	24/7          open around the clock, bank holidays included
//	unknown       not confirmed: readers are told to check the service's page
//	RULE; RULE…   a schedule
//
// "24/7" and "unknown" stand alone and are matched without regard to case.
// A schedule is a list of rules separated by ";" or new lines. Runs of spaces
// count as one space, and day names and keywords ignore case. A rule is one
// of:
//
//	DAYS TIMES                       Mon-Fri 10:00-16:00
//	                                 Sat, Sun 09:00-12:00, 13:00-18:00
//	                                 daily 08:00-20:00
//	                                 Mon-Thu 18:00-02:00
//	DAY HH:MM-DAY HH:MM              Fri 18:00-Mon 06:00
//	closed bank holidays [DIVISION]  closed bank holidays
//	                                 closed bank holidays scotland
//	closed DATE, DATE…               closed 2026-12-24, 2026-12-31
//
// DAYS is "daily" or a comma-separated list of days and day ranges. A day is
// written short (Mon, Tue, Wed, Thu, Fri, Sat, Sun) or in full (Monday …
// Sunday). A range runs forwards through the week and may wrap: "Fri-Mon"
// means Friday, Saturday, Sunday and Monday.
//
// TIMES is a comma-separated list of intervals HH:MM-HH:MM on the 24-hour
// clock, with one or two digits for the hour. An interval includes its first
// minute and excludes its last: "10:00-16:00" is open at 10:00 and closed at
// 16:00. 24:00 may end an interval but not start one. An interval that ends
// at or before the time it starts runs past midnight ("18:00-02:00" closes at
// 02:00 the next morning), and "00:00-24:00" is a whole day. An interval
// that starts and ends at the same time, such as 09:00-09:00, is an error.
//
// DAY HH:MM-DAY HH:MM is one interval running across days, up to a whole
// week: "Fri 18:00-Mon 06:00" is open from Friday evening, through the
// weekend, until Monday morning. It must end after it starts: "Mon
// 10:00-Mon 09:00" is an error, not a week less an hour.
//
// "closed bank holidays" closes the service on the bank holidays of the
// reader's division (see Bank holidays below), or of the DIVISION it names:
// england-and-wales, scotland or northern-ireland. It may appear once.
//
// "closed DATE, …" closes the service on the days given as YYYY-MM-DD, such
// as a Christmas Eve closure announced on its website.
//
// A schedule needs at least one rule that opens, and no two intervals may be
// open at the same moment, checked across the whole week, so an overnight
// interval is checked against the next day's too. A text that breaks any of
// these is rejected with an error that quotes the rule, such as
//
//	"Mon-Fri 10:00": "10:00" is not a time range such as 10:00-16:00
//
// [Hours.Summary] says the hours in plain words for a contact card:
// "Monday to Friday, 10:00 to 16:00; closed on bank holidays".
//
// # Which day an interval belongs to
//
// An interval belongs to the day it starts. On a closed day (a bank holiday
// the hours close on, or a date named by "closed") no interval starting that
// day runs, including its part after midnight. An interval that started the
// day before runs on as usual.
//
// So with "Mon-Thu 18:00-02:00; Fri 18:00-Mon 06:00; closed bank holidays"
// and a bank holiday on Monday, the weekend interval still runs until 06:00
// on the Monday, because it started on Friday; the Monday evening interval
// does not open; and Tuesday opens at 18:00 as usual. With Christmas Day on
// a Friday, the Thursday night interval runs until 02:00 on Christmas Day,
// and the weekend interval does not open at all.
//
// # Clock changes
//
// Hours are read on the local wall clock of the jurisdiction's time zone
// (Europe/London for the UK), to the minute. A service is open whenever the
// clock on the wall reads a time inside one of its intervals, whatever that
// means in elapsed time. At the clock changes:
//
//   - On the spring Sunday (29 March 2026) the clock jumps from 01:00 GMT to
//     02:00 BST, so an interval 01:00-02:00 never opens that day, and
//     "Sat 22:00-Sun 04:00" is open for five hours, not six. An interval
//     01:30-03:00 opens at the jump, when the clock first reads 02:00.
//   - On the autumn Sunday (25 October 2026) the clock goes back from 02:00
//     BST to 01:00 GMT, so the clock reads 01:00-02:00 twice and an interval
//     01:00-02:00 is open during both hours; "Sun 01:00-01:30" opens twice,
//     at 01:00 BST and again at 01:00 GMT. "Sat 22:00-Sun 04:00" is open for
//     seven hours.
//
// Until and NextOpen are the real instants at which the clock next reads the
// closing or opening time, or jumps into or out of an interval.
//
// # Bank holidays
//
// The UK has three bank-holiday divisions, as GOV.UK publishes them at
// https://www.gov.uk/bank-holidays.json: england-and-wales, scotland and
// northern-ireland. Most holidays are shared, but 2 January and St Andrew's
// Day (30 November) are Scottish only, St Patrick's Day (17 March) and the
// Battle of the Boyne (12 July) are Northern Irish only, and one-off days
// (Scotland's 15 June 2026) and substitute days (Monday 28 December 2026 for
// Boxing Day on a Saturday) differ too. [DivisionOf] maps a nation to its
// division.
//
// "closed bank holidays" with no division uses the division the caller
// passes to [Hours.At]: the reader's nation where it is known, otherwise
// england-and-wales. A service run from one nation names its division, since
// it closes on its own staff's holidays wherever the caller lives.
//
// [ParseFeed] reads and validates the GOV.UK feed (all three divisions, each
// event with a title and a date, dates in order and none twice), and
// [NewHolidays] indexes it. The library loads content/holidays.json, a copy
// of the feed extended with the dates the statutory rules give for later
// years; "firststeps holidays refresh" updates it from GOV.UK through a
// [HolidayRefresh] (which fetches each feed, merges it with the current
// file and lists what changed), and "firststeps lint" warns when it covers
// less than 12 months ahead. A day beyond the data is treated as an
// ordinary day.
//
// # Status
//
// [Hours.At] returns the [Status] of a contact at one instant, given a
// [Calendar] (time zone and bank holidays) and the reader's division:
//
//   - Known is false for "unknown" hours (and the zero Hours); everything
//     else is then false or zero, and the card says to check the website.
//   - Always is true for "24/7", with Open true and no Until.
//   - Open says whether the service is open at that instant. When it is,
//     Until is the instant it next closes; when it is not, NextOpen is the
//     instant it next opens.
//   - Both look 15 days ahead. Until is zero for a schedule that stays open
//     past that (such as "daily 00:00-24:00"), and NextOpen is zero for a
//     service closed throughout it.
//
// [Status.Text] words a status relative to now, in the local time zone:
// "Open now, 24 hours", "Open now until 16:00", "Open now until midnight",
// "Open now until tomorrow at 02:00", "Closed: opens today at 18:00",
// "Closed: opens tomorrow at 10:00", "Closed: opens Monday at 10:00" (within
// the week), "Closed: opens Monday 4 January at 10:00" (a week or more
// ahead), "Closed for now" and "Check opening times on their website".
package services
