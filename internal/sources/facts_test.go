package sources

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFacts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []Fact
	}{
		{"uk numbers", "Call 0800 1111 or 0300 123 2040, or +44 (0)20 7946 0000.", []Fact{
			{FactPhone, "02079460000"}, {FactPhone, "03001232040"}, {FactPhone, "08001111"}}},
		{"brackets", "Ring (020) 7946 0000 today", []Fact{{FactPhone, "02079460000"}}},
		{"short codes", "Call 999 in an emergency, 101 otherwise, or Samaritans on 116 123.", []Fact{
			{FactPhone, "101"}, {FactPhone, "116123"}, {FactPhone, "999"}}},
		{"not a short code", "It costs £999, or 999% more, or 1.999 units.", []Fact{{FactAmount, "£999"}}},
		{"text number", "Text SHOUT to 85258", []Fact{{FactPhone, "85258"}}},
		{"international", "From abroad: +1 202 555 0100", []Fact{{FactPhone, "+12025550100"}}},
		{"number then hours", "0808 800 5000 24 hours", []Fact{{FactPhone, "08088005000"}, {FactTime, "24/7"}}},
		{"email and url", "Email help@Example.org.uk or see https://www.report-fraud.police.uk/ now.", []Fact{
			{FactEmail, "help@example.org.uk"}, {FactURL, "www.report-fraud.police.uk"}}},
		{"bare domain", "Go to stopncii.org to start.", []Fact{{FactURL, "stopncii.org"}}},
		{"times", "Open 10am to 4.30pm, or 09:00-17:00, until midnight", []Fact{
			{FactTime, "00:00"}, {FactTime, "09:00"}, {FactTime, "10:00"}, {FactTime, "16:30"}, {FactTime, "17:00"}}},
		{"ages", "For under 18s and those aged 11 to 18; 16+ only; 18 or over; a 13-year-old", []Fact{
			{FactAge, "13 years old"}, {FactAge, "16+"}, {FactAge, "18 or over"}, {FactAge, "aged 11-18"}, {FactAge, "under 18"}}},
		{"time not age", "Open from 9am, over 10:30 breaks", []Fact{{FactTime, "09:00"}, {FactTime, "10:30"}}},
		{"amounts", "A fine of £1,000 or up to £2.5 million; costs 50p", []Fact{
			{FactAmount, "50p"}, {FactAmount, "£1000"}, {FactAmount, "£2.5 million"}}},
		{"fullwidth digits", "Call ０８００ １１１１", []Fact{{FactPhone, "08001111"}}},
		{"dates are not facts", "Last changed on 3 March 2026", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Facts(tt.in)); diff != "" {
				t.Errorf("Facts(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestNumberGroupsBounded: a long run of digit groups is read a phone's
// length at a time, so a page of numbers costs linear time (the fuzzer
// found the quadratic version).
func TestNumberGroupsBounded(t *testing.T) {
	t.Parallel()
	groups, _, _ := numberGroups(strings.Repeat("0 ", 10_000), 0)
	if len(groups) > maxPhoneDigits+1 {
		t.Errorf("read %d groups, want at most %d", len(groups), maxPhoneDigits+1)
	}
}

func TestDiffFacts(t *testing.T) {
	t.Parallel()
	old := Facts("Call 0300 123 2040, 8am to 8pm")
	new := Facts("Call 0300 123 2050, 8am to 8pm")
	want := FactDelta{Added: []Fact{{FactPhone, "03001232050"}}, Removed: []Fact{{FactPhone, "03001232040"}}}
	if diff := cmp.Diff(want, DiffFacts(old, new)); diff != "" {
		t.Errorf("DiffFacts (-want +got):\n%s", diff)
	}
}

// FuzzFacts checks the fact extractor never panics and returns distinct,
// sorted, canonical values. FuzzNormalize checks that phone numbers survive
// normalisation.
func FuzzFacts(f *testing.F) {
	for _, s := range []string{
		"Call 0800 1111 or +44 (0)20 7946 0000", "(0", "+4", "116 12", "£1,000.00m 50p", "9.30pm 24/7 under 18s",
		"help@x.org www.x.org https://a.b/c", "+(0)", "0(", "text 85258", "\xff0800 1111",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		facts := Facts(s)
		for _, fa := range facts {
			if fa.Value == "" {
				t.Fatalf("empty %s fact in %q", fa.Kind, s)
			}
			if fa.Kind == FactPhone {
				for i, c := range fa.Value {
					if !(c >= '0' && c <= '9' || c == '+' && i == 0) {
						t.Fatalf("phone %q is not canonical (from %q)", fa.Value, s)
					}
				}
			}
		}
		for i := 1; i < len(facts); i++ {
			if compareFacts(facts[i-1], facts[i]) >= 0 {
				t.Fatalf("facts not sorted and distinct: %v", facts)
			}
		}
	})
}
