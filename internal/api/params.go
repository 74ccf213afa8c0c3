package api

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"firststeps/internal/library"
	"firststeps/internal/routes"
)

// jurisdiction reads a jurisdiction id; "" is the first in
// jurisdictions.yaml, as on the site.
func (a *API) jurisdiction(id string) (*library.Jurisdiction, error) {
	if id == "" {
		return a.lib.Jurisdictions[0], nil
	}
	if j, ok := a.lib.Jurisdiction(id); ok {
		return j, nil
	}
	return nil, errorf(codeUnknownJurisdiction, "no such jurisdiction: use %s", strings.Join(a.jurisdictionIDs(), ", "))
}

func (a *API) jurisdictionIDs() []string {
	ids := make([]string, len(a.lib.Jurisdictions))
	for i, j := range a.lib.Jurisdictions {
		ids[i] = j.ID
	}
	return ids
}

// audiences are the values an audience parameter may take, beside "",
// which is no audience said.
var audiences = []routes.Audience{routes.Adult, routes.Under18, routes.Helping}

// view reads a view of jurisdiction j: an audience and a nation, each
// empty when not chosen.
func view(j *library.Jurisdiction, audience, nation string) (routes.View, error) {
	v := routes.View{Audience: routes.Audience(audience), Nation: nation}
	if audience != "" && !slices.Contains(audiences, v.Audience) {
		return v, errorf(codeBadAudience, "audience must be adult, under-18 or helping, or left out for everyone")
	}
	if err := checkNation(j, nation); err != nil {
		return v, err
	}
	return v, nil
}

func checkNation(j *library.Jurisdiction, nation string) error {
	if nation == "" {
		return nil
	}
	if _, ok := j.Nation(nation); ok {
		return nil
	}
	if len(j.Nations) == 0 {
		return errorf(codeBadNation, "%s has no nations to choose: leave nation out", j.ID)
	}
	return errorf(codeBadNation, "nation must be one of %s (%s), or left out", strings.Join(j.NationIDs(), ", "), j.ID)
}

// maxAge bounds the age parameter: any real age fits.
const maxAge = 130

// age reads an age in years; "" is none.
func age(s string) (*int, error) {
	if s == "" {
		return nil, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > maxAge {
		return nil, errorf(codeBadAge, "age must be a whole number of years from 0 to %d", maxAge)
	}
	return &n, nil
}

// at reads the instant to check opening hours at; "" is now, to the
// minute, so answers within a minute are the same bytes and share an
// ETag.
func (a *API) at(s string) (time.Time, error) {
	if s == "" {
		return a.now().Truncate(time.Minute), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, errorf(codeBadAt, "at must be an RFC 3339 time such as 2026-12-24T17:00:00Z")
	}
	return t, nil
}
