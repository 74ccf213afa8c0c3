package search_test

import (
	"slices"
	"testing"

	"firststeps/internal/search"
)

// TestFactsHeedNegation checks the facts read from the words (which decide
// between close situations) leave out what the words deny, and keep what
// they say beside a denial of something else.
func TestFactsHeedNegation(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	cases := []factCase{
		{"nothing has been posted yet but he says he will post them", []string{"images:threatened"}, []string{"images:shared"}},
		{"they have been posted on a website", []string{"images:shared"}, nil},
		{"i dont know who posted them on reddit", []string{"images:shared"}, nil},
		{"he wants money and i have paid nothing", []string{"demand:money"}, []string{"payment:paid"}},
		{"i already paid him and he wants more", []string{"payment:paid"}, nil},
		{"he will send them to my boss unless i paid 500", []string{"images:threatened", "demand:money"}, []string{"payment:paid"}},
		{"hes never threatened me but he reads my messages", nil, []string{"images:threatened"}},
		{"he threatened to send them to my family", []string{"images:threatened"}, nil},
		// A negation after "if" sets a condition: it asks for what it
		// names.
		{"she says she will tell people unless i sleep with her", []string{"demand:contact"}, nil},
		{"he says he will post them if i dont go out with him", []string{"demand:contact"}, nil},
		{"i dont want to go out with him", nil, []string{"demand:contact"}},
		// "now" starts a new clause: a denial before it stays behind.
		{"the login page wasnt real now someone is in my account", []string{"images:hacked"}, nil},
		// A parent names the child by age as often as by "my son".
		{"my 14 year old's pictures are going round", []string{"asker:parent"}, nil},
	}
	checkFacts(t, ix, cases)
}

// TestAskerFromChildsAge checks a parent who names their child by age
// ("my 14 year old's") is taken as a parent, and gets the parent's guides.
func TestAskerFromChildsAge(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	for _, q := range []string{"my 14 year old's pictures are going round", "our 15 yr olds nudes were shared", "my fourteen year old is being blackmailed"} {
		if got := ix.Search(q, 3).Asker; got != "parent" {
			t.Errorf("%q: asker %q, want parent", q, got)
		}
	}
}

// TestGrownChildIsNotAChild checks a parent writing about a grown son or
// daughter is not taken as asking about a child: the under-18 routes and
// the parent's guides are for children.
func TestGrownChildIsNotAChild(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	q := "my son is 23 and someone is demanding money over a video of him"
	res := ix.Search(q, 3)
	if res.Asker == "parent" {
		t.Errorf("%q: asker parent", q)
	}
	for _, c := range res.Cues {
		if c.ID == "under-18" {
			t.Errorf("%q: under-18 cue", q)
		}
	}
	if slices.Contains(res.Facts, "asker:parent") {
		t.Errorf("%q: facts %v hold asker:parent", q, res.Facts)
	}
}

// TestAgeInWords checks an age written in words counts as one in digits:
// "I'm fifteen" is asked by someone under 18, "I'm twenty" is not.
func TestAgeInWords(t *testing.T) {
	wantAskers(t, map[string]string{
		"im fifteen and a boy in my year has my pics": "under-18",
		"i was thirteen when i sent them":             "under-18",
		"im twenty and my ex has my pics":             "",
	})
}

// TestFactsTellCloseSituationsApart checks the facts that set close
// situations apart are read the ways people tell them, and are not read
// from words that only sound like them.
func TestFactsTellCloseSituationsApart(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	cases := []factCase{
		// Whether money has gone yet.
		{"should i pay him or will he post them anyway", []string{"payment:not-paid"}, []string{"payment:paid"}},
		{"i sent the stupid apple gift cards and now he wants more", []string{"payment:paid"}, nil},
		// A partner who controls the phone, with and without a threat.
		{"he reads my messages but hes never threatened me", []string{"images:none", "topic:controlling"}, []string{"images:threatened"}},
		{"he changed my email password so i cant get in", []string{"topic:controlling"}, []string{"images:hacked"}},
		{"someone changed my password and got into my snapchat", []string{"images:hacked"}, nil},
		{"my ex is threatening revenge porn", []string{"images:threatened"}, []string{"images:shared"}},
		// Who is asking.
		{"im 58 and my daughter says i should report him", nil, []string{"asker:parent"}},
		{"boy in my daughters class has naked pics of her", []string{"asker:parent"}, nil},
		{"my nudes are in a group chat, my cousin is in it and told me", nil, []string{"asker:friend"}},
		{"my brother is being sextorted what should he do", []string{"asker:friend"}, nil},
		// Someone else's partner, account or pictures.
		{"he asked me to be his girlfriend and i said no", []string{"topic:rejection"}, []string{"who:partner-or-ex"}},
		{"they filmed what they did to me, i said no", nil, []string{"topic:rejection"}},
		{"her account got hacked and it sent me a link saying is this you", []string{"images:claimed"}, []string{"images:hacked"}},
		{"girls nudes being shared at school", []string{"topic:received-shared"}, nil},
		// Who passed it on: the reader, or someone else.
		{"a girl sent me her pic and i sent it round", []string{"topic:passed-on"}, nil},
		{"i showed my mates a pic my gf sent me", []string{"topic:passed-on"}, nil},
		{"her ex sent them round after they broke up", nil, []string{"topic:passed-on"}},
		{"i know i shouldnt have sent them but i thought he cared", nil, []string{"topic:passed-on"}},
		{"someone made a fake nude of me and sent it round school", nil, []string{"topic:passed-on"}},
		// Group chats, sold content and a break-in told in other words.
		{"thirty people in the chat have seen the photos", []string{"topic:group-chat"}, nil},
		{"my ex put them in their football group", []string{"topic:group-chat"}, nil},
		{"someone is reselling my videos, people pay me for those", []string{"images:sold"}, nil},
		{"someone had logged into my cloud storage from another country", []string{"images:hacked"}, nil},
		{"the webcam light came on by itself and theres a folder i didnt make", []string{"images:hacked"}, nil},
		{"i paid for the pictures he sent", nil, []string{"images:sold"}},
		// An adult asking a child to go on camera or undress; a tracker's
		// alert in other words.
		{"a grown man on my sons football app keeps asking him to turn his camera on and take his top off", []string{"topic:child-contact", "asker:parent"}, nil},
		{"her phone said an unknown item was travelling with her", []string{"topic:tracker"}, nil},
		// Fakes, and payments, told in passing.
		{"pictures that look exactly like me with no clothes on", []string{"images:faked"}, nil},
		{"the face is mine from my engagement photos, the body isnt", []string{"images:faked"}, nil},
		{"boys are passing round pictures that show me naked, ive never taken a photo like that", []string{"images:faked"}, nil},
		{"every time they say its the last time", []string{"payment:paid"}, nil},
		{"i already give him 700 pounds last week", []string{"payment:paid"}, nil},
		{"he wants me to give him 700 pounds", nil, []string{"payment:paid"}},
		// A threat told as what will happen, or as what they still have.
		{"he said if i go to the party without him my pics go to the lads group", []string{"images:threatened"}, nil},
		{"hes reminded me he still has the pictures", []string{"images:threatened"}, nil},
		// An assault told in other words.
		{"my ex pushed me into stuff i said no to and filmed it", []string{"topic:assault"}, nil},
		{"a guy forced himself on her in his tent while she kept pushing him off", []string{"topic:assault"}, nil},
		{"he pushed me to send more pics", nil, []string{"topic:assault"}},
		// A child named as whom a blackmailer would send them to is not
		// a parent asking.
		{"a man said he would send them to my daughter and my church", nil, []string{"asker:parent"}},
		{"widowed, 67, and a woman i met online has my photos, my daughter must not see", nil, []string{"asker:parent"}},
		{"my daughter is 14 and a man is sending her messages", []string{"asker:parent"}, nil},
		// A grown-up son or daughter is a relative helped, not a child.
		{"hes 26, my son, and his ex has shared his private photos", []string{"asker:friend"}, []string{"asker:parent"}},
		{"my daughter who is 30 is being blackmailed", []string{"asker:friend"}, []string{"asker:parent"}},
		// A teacher to whom it is happening is not asking as school staff.
		{"im a teacher and a clip of me telling off a pupil is all over tiktok", nil, []string{"asker:staff"}},
		{"im a teacher and a pupil showed me a video of a girl in year 9", []string{"asker:staff"}, nil},
		// Looking for help without it showing on the device.
		{"he checks my phone at night, what do i clear so he cant see what i looked at", []string{"topic:covering-tracks"}, nil},
		{"how do i read about this without him seeing", []string{"topic:covering-tracks"}, nil},
		{"how to get my partner off my google account without him knowing", nil, []string{"topic:covering-tracks"}},
	}
	checkFacts(t, ix, cases)
}

// factCase is words, the facts that must be read from them, and those
// that must not.
type factCase struct {
	q          string
	has, hasnt []string
}

func checkFacts(t *testing.T, ix *search.Index, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		facts := ix.Search(c.q, 3).Facts
		for _, f := range c.has {
			if !slices.Contains(facts, f) {
				t.Errorf("%q: facts %v lack %s", c.q, facts, f)
			}
		}
		for _, f := range c.hasnt {
			if slices.Contains(facts, f) {
				t.Errorf("%q: facts %v hold %s, which the words do not say", c.q, facts, f)
			}
		}
	}
}

// TestFactsPutWordsInScope: a fact that marks the library's situations
// (facets.yaml "scope: true") shows the words are in scope where no scope
// pattern of cues.yaml does, and makes a long account in the library's
// situations a confident match; a fact other troubles share (money paid,
// an account hacked) does not.
func TestFactsPutWordsInScope(t *testing.T) {
	lib := realIndexLibrary(t)
	ix := realIndex(t, search.DefaultParams)
	cases := []struct {
		text    string
		inScope bool
	}{
		{"my boyfriend has to know where i am every minute and checks who i talk to", true},
		{"he installed an app on my phone so he can see everything", true},
		{"a man on a game keeps messaging my son and asking him to keep it secret", true},
		{"I paid a seller on Marketplace and never got the sofa", false},
		{"my Amazon account was hacked and someone ordered things", false},
	}
	for _, c := range cases {
		scanned := lib.Scan(search.Normalize(c.text))
		if lib.Scope.MatchText(scanned) {
			t.Errorf("%q: the scope patterns alone match it; choose words they miss", c.text)
			continue
		}
		if got := ix.Search(c.text, 3).InScope; got != c.inScope {
			t.Errorf("%q: in scope %v, want %v", c.text, got, c.inScope)
		}
	}
}

// TestTeacherToWhomItHappens checks a teacher writing of pictures or a
// clip of themselves is not taken as staff asking for a pupil, while one
// writing of a pupil is.
func TestTeacherToWhomItHappens(t *testing.T) {
	wantAskers(t, map[string]string{
		"im a teacher and someone made an account with my name and photos posting explicit stuff": "",
		"im a teacher and a pupil has disclosed that a video of her is going round":               "supporter",
	})
}

// TestAskingHowToHelp checks someone asking what they can do to help is
// read as helping another person, and someone asking what to do about
// their own situation is not.
func TestAskingHowToHelp(t *testing.T) {
	wantAskers(t, map[string]string{
		"friend found a hidden camera in her rental and is too scared to report it, what can i do to help": "supporter",
		"what should we do to support her, she is terrified":                                               "supporter",
		"someone filmed me in the changing room, what can i do":                                            "",
	})
}

// TestScopeReadsWhatAccountsSayInPassing checks accounts that show the
// library's situations only in passing (what a man said he would do, a
// lens in a smoke alarm, a workplace posted for men to come to) are taken
// as in scope, and everyday words near them are not.
func TestScopeReadsWhatAccountsSayInPassing(t *testing.T) {
	ix := realIndex(t, search.DefaultParams)
	for text, want := range map[string]bool{
		"three months of messages about what hed do to me":                         true,
		"i noticed the smoke alarm above my bed had a tiny lens in it":             true,
		"someone wrote the address of my work in a group and said men should come": true,
		"if he sees ive been on this page it will be bad":                          true,
		"he has the pics i sent him in summer":                                     true,
		"someone made a fake acc of me on a dating app":                            true,
		"a post in the local group naming my street and house number":              true,
		"an adult man in her chats talking about her body":                         true,
		"he has taken control of my mobile telephone and my bank logins":           true,
		"he decides who i can talk to":                                             true,
		"he can see who i email and what i look at":                                true,
		"another email saying we have recorded you":                                true,
		"i think a man tried to film me in the shower at the gym":                  true,
		"my daughter send photo to a boy, now he say he will tell her school":      true,
		"my friend says she will expose me to everyone":                            true,
		"i found a tracking tag in my coat pocket":                                 true,
		"the man on the phone took control of my computer to fix it":               false,
		"my flatmate decides what we watch on tv":                                  false,
		"my landlord comes round to fix the smoke alarm and never calls first":     false,
		"my boss says i have to do overtime every weekend and i said no":           false,
	} {
		if got := ix.Search(text, 3).InScope; got != want {
			t.Errorf("%q: in scope %v, want %v", text, got, want)
		}
	}
}

// wantAskers checks who each query is read as asked by (a cues.yaml
// audience, or "" for the person it happens to).
func wantAskers(t *testing.T, cases map[string]string) {
	t.Helper()
	ix := realIndex(t, search.DefaultParams)
	for q, want := range cases {
		if got := ix.Search(q, 3).Asker; got != want {
			t.Errorf("%q: asker %q, want %q", q, got, want)
		}
	}
}
