package library

import (
	"html/template"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"firststeps/internal/problem"
)

// SiteFile holds the sentences the site's own pages say to readers.
const SiteFile = "site.yaml"

// SiteText is what the site's own pages say to readers outside the guides
// and registries: page titles and introductions, the notes under forms,
// the record page's explanations (site.yaml). Every field is required.
//
// A field may hold marks such as {number}, which the page fills in; the
// marks a field takes are in its tag. Sentences are text, not HTML: lint
// refuses "<", ">" and "&" in them, so pages may write them as they are.
type SiteText struct {
	// The site root, where a reader chooses a country.
	SiteDescription template.HTML `yaml:"site_description"`
	ChooseQuestion  template.HTML `yaml:"choose_question"`
	ChooseNote      template.HTML `yaml:"choose_note"`
	// A jurisdiction's home page.
	HomeTitle       template.HTML `yaml:"home_title"`
	HomeDescription template.HTML `yaml:"home_description" marks:"place"`
	HomeIntro       template.HTML `yaml:"home_intro"`
	// On every page.
	ExitNotice       template.HTML `yaml:"exit_notice"`
	ExitPressesLeft  template.HTML `yaml:"exit_presses_left" marks:"count"`
	ReportSubject    template.HTML `yaml:"report_subject" marks:"page"`
	FooterDisclaimer template.HTML `yaml:"footer_disclaimer"`
	FooterDanger     template.HTML `yaml:"footer_danger" marks:"number"`
	FooterPrivacy    template.HTML `yaml:"footer_privacy"`
	SearchHint       template.HTML `yaml:"search_hint"`
	ChooserNote      template.HTML `yaml:"chooser_note"`
	// Pages for when something is not there.
	NotFoundTitle   template.HTML `yaml:"not_found_title"`
	ErrorTitle      template.HTML `yaml:"error_title"`
	ErrorMessage    template.HTML `yaml:"error_message" marks:"number"`
	NotFoundMessage template.HTML `yaml:"not_found_message"`
	MovedTitle      template.HTML `yaml:"moved_title"`
	TooMuchText     template.HTML `yaml:"too_much_text"`
	// The emergency page.
	EmergencyTitle       template.HTML `yaml:"emergency_title" marks:"number"`
	EmergencyDescription template.HTML `yaml:"emergency_description" marks:"number"`
	// The search page.
	SearchTitle     template.HTML `yaml:"search_title"`
	ResultsTitle    template.HTML `yaml:"results_title"`
	SearchFailed    template.HTML `yaml:"search_failed"`
	SearchLost      template.HTML `yaml:"search_lost"`
	SearchMovedLead template.HTML `yaml:"search_moved_lead" marks:"place"`
	SearchMovedRest template.HTML `yaml:"search_moved_rest"`
	SearchUnsure    template.HTML `yaml:"search_unsure"`
	SearchNoMatch   template.HTML `yaml:"search_no_match"`
	// A category's page.
	CategoryTitle template.HTML `yaml:"category_title" marks:"category"`
	// The services page.
	ServicesTitle       template.HTML `yaml:"services_title"`
	ServicesDescription template.HTML `yaml:"services_description"`
	ServicesIntro       template.HTML `yaml:"services_intro"`
	ServicesTimesIn     template.HTML `yaml:"services_times_in" marks:"zone"`
	ServicesTimesOwn    template.HTML `yaml:"services_times_own"`
	ServicesOpenNow     template.HTML `yaml:"services_open_now"`
	// Contact cards: whether a line is open now, and hours that are
	// always open or not known (see services.Words).
	StatusUnknown   template.HTML `yaml:"status_unknown"`
	StatusAlways    template.HTML `yaml:"status_always"`
	StatusOpen      template.HTML `yaml:"status_open"`
	StatusOpenUntil template.HTML `yaml:"status_open_until" marks:"time"`
	StatusClosed    template.HTML `yaml:"status_closed"`
	StatusOpens     template.HTML `yaml:"status_opens" marks:"when"`
	HoursAlways     template.HTML `yaml:"hours_always"`
	HoursUnknown    template.HTML `yaml:"hours_unknown"`
	CardOnlyIn      template.HTML `yaml:"card_only_in" marks:"nations"`
	// The three questions.
	QuestionTitle      template.HTML `yaml:"question_title" marks:"question"`
	QuestionErrorTitle template.HTML `yaml:"question_error_title" marks:"question"`
	StartNote          template.HTML `yaml:"start_note"`
	StaticStartNote    template.HTML `yaml:"static_start_note"`
	// The record page.
	RecordTitle          template.HTML   `yaml:"record_title"`
	RecordDescription    template.HTML   `yaml:"record_description"`
	RecordIntro          template.HTML   `yaml:"record_intro"`
	RecordNoScript       template.HTML   `yaml:"record_noscript"`
	RecordUnder18        template.HTML   `yaml:"record_under_18"`
	RecordUnder18Help    template.HTML   `yaml:"record_under_18_help"`
	RecordUnder18Box     template.HTML   `yaml:"record_under_18_box"`
	RecordUnsupported    template.HTML   `yaml:"record_unsupported"`
	RecordPassphraseHint template.HTML   `yaml:"record_passphrase_hint" marks:"characters"`
	RecordForget         template.HTML   `yaml:"record_forget"`
	RecordWhenHint       template.HTML   `yaml:"record_when_hint"`
	RecordPlatformHint   template.HTML   `yaml:"record_platform_hint"`
	RecordLinkHint       template.HTML   `yaml:"record_link_hint"`
	RecordWhatHint       template.HTML   `yaml:"record_what_hint"`
	RecordFilesHint      template.HTML   `yaml:"record_files_hint"`
	RecordFileQuestion   template.HTML   `yaml:"record_file_question"`
	RecordFileWarning    template.HTML   `yaml:"record_file_warning"`
	RecordEmpty          template.HTML   `yaml:"record_empty"`
	RecordReport         template.HTML   `yaml:"record_report"`
	RecordBackup         template.HTML   `yaml:"record_backup"`
	RecordMergeHint      template.HTML   `yaml:"record_merge_hint"`
	RecordOffline        template.HTML   `yaml:"record_offline"`
	RecordOfflineOn      template.HTML   `yaml:"record_offline_on"`
	RecordDeleteQuestion template.HTML   `yaml:"record_delete_question"`
	RecordDeleteWarning  template.HTML   `yaml:"record_delete_warning"`
	RecordProtects       template.HTML   `yaml:"record_protects"`
	RecordCannot         template.HTML   `yaml:"record_cannot"`
	RecordRisks          []template.HTML `yaml:"record_risks"`
	RecordForgetMore     template.HTML   `yaml:"record_forget_more"`
	RecordLocks          template.HTML   `yaml:"record_locks" marks:"minutes"`
	RecordTechnical      template.HTML   `yaml:"record_technical" marks:"rounds"`
	RecordChecklist      []template.HTML `yaml:"record_checklist"`
	RecordChecklistNote  template.HTML   `yaml:"record_checklist_note"`
	// What the record page's script says as it works. Fields tagged
	// script:"record" reach it in this order (see ScriptWords), and it
	// names them by their keys without "record_"; it fills in their marks.
	RecordWaitCreate            template.HTML `yaml:"record_wait_create" script:"record"`
	RecordWaitUnlock            template.HTML `yaml:"record_wait_unlock" script:"record"`
	RecordWaitBackup            template.HTML `yaml:"record_wait_backup" script:"record"`
	RecordWaitRekey             template.HTML `yaml:"record_wait_rekey" script:"record"`
	RecordShortPassphrase       template.HTML `yaml:"record_short_passphrase" marks:"characters" script:"record"`
	RecordMismatch              template.HTML `yaml:"record_mismatch" script:"record"`
	RecordReady                 template.HTML `yaml:"record_ready" script:"record"`
	RecordNotCreated            template.HTML `yaml:"record_not_created" script:"record"`
	RecordExists                template.HTML `yaml:"record_exists" script:"record"`
	RecordWrongPassphrase       template.HTML `yaml:"record_wrong_passphrase" script:"record"`
	RecordOpened                template.HTML `yaml:"record_opened" script:"record"`
	RecordOpenedPart            template.HTML `yaml:"record_opened_part" script:"record"`
	RecordComplete              template.HTML `yaml:"record_complete" marks:"count" script:"record"`
	RecordIncomplete            template.HTML `yaml:"record_incomplete" marks:"count" script:"record"`
	RecordIncompleteUnknown     template.HTML `yaml:"record_incomplete_unknown" script:"record"`
	RecordNotOpened             template.HTML `yaml:"record_not_opened" script:"record"`
	RecordLocked                template.HTML `yaml:"record_locked" script:"record"`
	RecordIdleLocked            template.HTML `yaml:"record_idle_locked" script:"record"`
	RecordChangedElsewhere      template.HTML `yaml:"record_changed_elsewhere" script:"record"`
	RecordFileSkipped           template.HTML `yaml:"record_file_skipped" script:"record"`
	RecordNothingToSave         template.HTML `yaml:"record_nothing_to_save" script:"record"`
	RecordSaved                 template.HTML `yaml:"record_saved" script:"record"`
	RecordChangeSaved           template.HTML `yaml:"record_change_saved" script:"record"`
	RecordNotSaved              template.HTML `yaml:"record_not_saved" script:"record"`
	RecordEarlierKept           template.HTML `yaml:"record_earlier_kept" script:"record"`
	RecordFirstRecorded         template.HTML `yaml:"record_first_recorded" marks:"when" script:"record"`
	RecordChangedAt             template.HTML `yaml:"record_changed_at" marks:"when,version" script:"record"`
	RecordReportMadeOne         template.HTML `yaml:"record_report_made_one" marks:"when" script:"record"`
	RecordReportMade            template.HTML `yaml:"record_report_made" marks:"when,count" script:"record"`
	RecordTimeZone              template.HTML `yaml:"record_time_zone" marks:"zone" script:"record"`
	RecordFingerprints          template.HTML `yaml:"record_fingerprints" script:"record"`
	RecordBackupSaved           template.HTML `yaml:"record_backup_saved" script:"record"`
	RecordNotABackup            template.HTML `yaml:"record_not_a_backup" script:"record"`
	RecordChooseBackup          template.HTML `yaml:"record_choose_backup" script:"record"`
	RecordWrongBackupPassphrase template.HTML `yaml:"record_wrong_backup_passphrase" script:"record"`
	RecordRestored              template.HTML `yaml:"record_restored" script:"record"`
	RecordMerged                template.HTML `yaml:"record_merged" marks:"added,total" script:"record"`
	RecordNotRestored           template.HTML `yaml:"record_not_restored" script:"record"`
	RecordWrongOldPassphrase    template.HTML `yaml:"record_wrong_old_passphrase" script:"record"`
	RecordRekeyed               template.HTML `yaml:"record_rekeyed" script:"record"`
	RecordNotRekeyed            template.HTML `yaml:"record_not_rekeyed" script:"record"`
	RecordDeleted               template.HTML `yaml:"record_deleted" script:"record"`
	RecordNotDeleted            template.HTML `yaml:"record_not_deleted" script:"record"`
	RecordOfflineKept           template.HTML `yaml:"record_offline_kept" script:"record"`
	RecordOfflineDropped        template.HTML `yaml:"record_offline_dropped" script:"record"`
	RecordFailed                template.HTML `yaml:"record_failed" script:"record"`

	Line  int            `yaml:"-"`
	Lines map[string]int `yaml:"-"`
}

type siteFile struct {
	Text *SiteText `yaml:"text"`
	// Jurisdictions holds, per jurisdiction, the sentences its pages say
	// differently: each field given replaces the one in Text.
	Jurisdictions map[string]*SiteText `yaml:"jurisdictions"`
	Lines         map[string]int       `yaml:"-"`
}

// Text returns what the pages of a jurisdiction say ("" for pages of no
// jurisdiction, such as the site root).
func (l *Library) Text(jurisdiction string) *SiteText {
	if t, ok := l.text[jurisdiction]; ok {
		return t
	}
	return l.text[""]
}

var markRE = regexp.MustCompile(`\{[^{}]*\}`)

// loadSite reads site.yaml: every field of text is required, each
// jurisdiction's fields replace those of text on its pages, and every field
// holds plain sentences with the marks its page fills in.
func (l *Library) loadSite(probs *problem.List, decode func(string, any) bool) {
	var f siteFile
	l.text = map[string]*SiteText{}
	if !decode(SiteFile, &f) {
		return
	}
	if f.Text == nil {
		probs.Errorf(SiteFile, cmpLine(f.Lines, "text", 1), "required-field", "%s needs text: the sentences every page says", SiteFile)
		return
	}
	checkSiteText(probs, f.Text, "text", true)
	l.text[""] = f.Text
	for id, t := range f.Jurisdictions {
		line := cmpLine(f.Lines, "jurisdictions", 1)
		if _, ok := l.jurisdictions[id]; !ok {
			probs.Errorf(SiteFile, line, "unknown-jurisdiction", "%q is not in %s", id, JurisdictionsFile)
			continue
		}
		if t == nil {
			continue
		}
		checkSiteText(probs, t, "jurisdictions: "+id, false)
		merged := *f.Text
		mv, tv := reflect.ValueOf(&merged).Elem(), reflect.ValueOf(t).Elem()
		for i := range mv.NumField() {
			if sf := mv.Type().Field(i); sf.IsExported() && sf.Tag.Get("yaml") != "-" && !tv.Field(i).IsZero() {
				mv.Field(i).Set(tv.Field(i))
			}
		}
		l.text[id] = &merged
	}
}

// checkSiteText checks the fields of one block of site.yaml; all of them
// are required in the block every page falls back on.
func checkSiteText(probs *problem.List, t *SiteText, block string, required bool) {
	v := reflect.ValueOf(t).Elem()
	for i := range v.NumField() {
		sf := v.Type().Field(i)
		key := sf.Tag.Get("yaml")
		if key == "-" {
			continue
		}
		line := cmpLine(t.Lines, key, t.Line)
		var texts []string
		switch fv := v.Field(i).Interface().(type) {
		case template.HTML:
			if fv != "" {
				texts = []string{string(fv)}
			}
		case []template.HTML:
			for _, s := range fv {
				texts = append(texts, string(s))
			}
		}
		if len(texts) == 0 {
			if required {
				probs.Errorf(SiteFile, line, "required-field", "%s needs %s", block, key)
			}
			continue
		}
		marks := strings.Fields(strings.ReplaceAll(sf.Tag.Get("marks"), ",", " "))
		for _, s := range texts {
			switch {
			case strings.TrimSpace(s) == "":
				probs.Errorf(SiteFile, line, "required-field", "%s: %s is empty", block, key)
			case strings.ContainsAny(s, "<>&"):
				probs.Errorf(SiteFile, line, "field-value", "%s: %s is a sentence, not HTML: write it without <, > or &", block, key)
			}
			for _, m := range markRE.FindAllString(s, -1) {
				if !slices.Contains(marks, m[1:len(m)-1]) {
					probs.Errorf(SiteFile, line, "field-value", "%s: %s has no mark %s (it takes: %s)", block, key, m, markList(marks))
				}
			}
			for _, m := range marks {
				if !strings.Contains(s, "{"+m+"}") {
					probs.Errorf(SiteFile, line, "field-value", "%s: %s must say {%s}, which the page fills in", block, key, m)
				}
			}
		}
	}
}

// ScriptWords returns the fields tagged script:"<script>", for that page
// script to say, in their order here: their names (each site.yaml key
// without the script's name and an underscore: "record_saved" is "saved"
// to script "record") and their sentences.
func (t *SiteText) ScriptWords(script string) (names, words []string) {
	v := reflect.ValueOf(t).Elem()
	for i := range v.NumField() {
		sf := v.Type().Field(i)
		if sf.Tag.Get("script") != script {
			continue
		}
		if s, ok := v.Field(i).Interface().(template.HTML); ok {
			names = append(names, strings.TrimPrefix(sf.Tag.Get("yaml"), script+"_"))
			words = append(words, string(s))
		}
	}
	return names, words
}

func markList(marks []string) string {
	if len(marks) == 0 {
		return "none"
	}
	out := make([]string, len(marks))
	for i, m := range marks {
		out[i] = "{" + m + "}"
	}
	return strings.Join(out, ", ")
}
