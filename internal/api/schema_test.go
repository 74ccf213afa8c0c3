package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"firststeps/internal/api"
	"firststeps/internal/routes"
	"firststeps/internal/web"
)

// A small checker for the part of JSON Schema (2020-12, as OpenAPI 3.1
// uses it) that openapi.json uses. A keyword it does not know fails the
// test, so the document cannot come to rely on a check that is not made.

type schemaDoc struct{ root map[string]any }

func loadSchemaDoc(t *testing.T) *schemaDoc {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(api.OpenAPI()))
	dec.UseNumber()
	var root map[string]any
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &schemaDoc{root}
}

// pointer follows a local reference, "#/components/schemas/Guide".
func (d *schemaDoc) pointer(ref string) (any, error) {
	rest, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil, fmt.Errorf("reference %q is not local", ref)
	}
	var cur any = d.root
	for _, tok := range strings.Split(rest, "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("reference %q: %q is not in an object", ref, tok)
		}
		if cur, ok = m[tok]; !ok {
			return nil, fmt.Errorf("reference %q: no %q", ref, tok)
		}
	}
	return cur, nil
}

// deref follows $ref until it reaches an object without one.
func (d *schemaDoc) deref(v any) (map[string]any, error) {
	for range 10 {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%v is not an object", v)
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return m, nil
		}
		var err error
		if v, err = d.pointer(ref); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("references go round")
}

// annotations are keywords that check nothing.
var annotations = []string{"description", "example", "examples", "title", "summary", "deprecated"}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// check validates v against schema, reporting each failure at its place.
func (d *schemaDoc) check(at string, schema any, v any) []string {
	s, err := d.deref(schema)
	if err != nil {
		return []string{at + ": " + err.Error()}
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, at+": "+fmt.Sprintf(format, args...)) }
	for k, kv := range s {
		switch k {
		case "type":
			var types []string
			switch tv := kv.(type) {
			case string:
				types = []string{tv}
			case []any:
				for _, x := range tv {
					types = append(types, x.(string))
				}
			}
			if !slices.ContainsFunc(types, func(t string) bool { return isType(t, v) }) {
				fail("%s is not %v", short(v), types)
			}
		case "enum":
			if !slices.ContainsFunc(kv.([]any), func(e any) bool { return jsonEqual(e, v) }) {
				fail("%s is not one of %v", short(v), kv)
			}
		case "const":
			if !jsonEqual(kv, v) {
				fail("%s is not %v", short(v), kv)
			}
		case "properties", "additionalProperties", "required":
			obj, ok := v.(map[string]any)
			if !ok {
				continue // "type" says so
			}
			props, _ := s["properties"].(map[string]any)
			switch k {
			case "properties":
				for name, ps := range props {
					if pv, ok := obj[name]; ok {
						errs = append(errs, d.check(at+"."+name, ps, pv)...)
					}
				}
			case "required":
				for _, r := range kv.([]any) {
					if _, ok := obj[r.(string)]; !ok {
						fail("no %q", r)
					}
				}
			case "additionalProperties":
				for name, pv := range obj {
					if _, known := props[name]; known {
						continue
					}
					if b, ok := kv.(bool); ok {
						if !b {
							fail("unexpected property %q", name)
						}
						continue
					}
					errs = append(errs, d.check(at+"."+name, kv, pv)...)
				}
			}
		case "items":
			if arr, ok := v.([]any); ok {
				for i, x := range arr {
					errs = append(errs, d.check(at+"["+strconv.Itoa(i)+"]", kv, x)...)
				}
			}
		case "minItems", "maxItems":
			if arr, ok := v.([]any); ok {
				n, _ := kv.(json.Number).Int64()
				if k == "minItems" && int64(len(arr)) < n || k == "maxItems" && int64(len(arr)) > n {
					fail("%d items, %s %d", len(arr), k, n)
				}
			}
		case "minimum", "maximum":
			if num, ok := v.(json.Number); ok {
				x, _ := num.Float64()
				lim, _ := kv.(json.Number).Float64()
				if k == "minimum" && x < lim || k == "maximum" && x > lim {
					fail("%v is beyond %s %v", x, k, lim)
				}
			}
		case "pattern":
			if str, ok := v.(string); ok && !regexp.MustCompile(kv.(string)).MatchString(str) {
				fail("%q does not match %s", str, kv)
			}
		case "format":
			str, ok := v.(string)
			if !ok {
				continue
			}
			switch kv {
			case "date":
				if !dateRE.MatchString(str) {
					fail("%q is not a date", str)
				}
			case "date-time":
				if _, err := time.Parse(time.RFC3339, str); err != nil {
					fail("%q is not a date-time", str)
				}
			default:
				fail("the checker does not know format %v", kv)
			}
		case "oneOf", "anyOf":
			n := 0
			for _, sub := range kv.([]any) {
				if len(d.check(at, sub, v)) == 0 {
					n++
				}
			}
			if n == 0 || k == "oneOf" && n > 1 {
				fail("%s matches %d of its %s", short(v), n, k)
			}
		case "allOf":
			for _, sub := range kv.([]any) {
				errs = append(errs, d.check(at, sub, v)...)
			}
		default:
			if !slices.Contains(annotations, k) {
				fail("the checker does not know the keyword %q", k)
			}
		}
	}
	return errs
}

func isType(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	}
	return false
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}

// operation is one method of one path in the document.
type operation struct{ path, method string }

// response returns the document's response for an operation and status.
func (d *schemaDoc) response(op operation, status int) (map[string]any, error) {
	paths, _ := d.root["paths"].(map[string]any)
	item, ok := paths[op.path].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no path %s", op.path)
	}
	o, ok := item[strings.ToLower(op.method)].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("no %s %s", op.method, op.path)
	}
	rs, _ := o["responses"].(map[string]any)
	r, ok := rs[strconv.Itoa(status)]
	if !ok {
		return nil, fmt.Errorf("%s %s: no response %d", op.method, op.path, status)
	}
	return d.deref(r)
}

// checkAnswer validates a recorded answer against the document.
func (d *schemaDoc) checkAnswer(op operation, w *httptest.ResponseRecorder) []string {
	resp, err := d.response(op, w.Code)
	if err != nil {
		return []string{err.Error()}
	}
	var errs []string
	if hs, ok := resp["headers"].(map[string]any); ok {
		for name := range hs {
			if w.Header().Get(name) == "" {
				errs = append(errs, fmt.Sprintf("%d: no %s header", w.Code, name))
			}
		}
	}
	content, ok := resp["content"].(map[string]any)
	if !ok {
		if w.Body.Len() > 0 {
			errs = append(errs, fmt.Sprintf("%d: a body, where the document has none", w.Code))
		}
		return errs
	}
	mt, ok := content["application/json"].(map[string]any)
	if !ok || w.Header().Get("Content-Type") != "application/json" {
		return append(errs, fmt.Sprintf("%d: Content-Type %q", w.Code, w.Header().Get("Content-Type")))
	}
	dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return append(errs, fmt.Sprintf("%d: not JSON: %v", w.Code, err))
	}
	return append(errs, d.check("body", mt["schema"], v)...)
}

// TestAnswersMatchOpenAPI sends requests to every operation of every path
// in openapi.json, for every status it documents, and checks each answer
// against the document: the real answers, from the real content, in the
// server and in the static copy.
func TestAnswersMatchOpenAPI(t *testing.T) {
	doc := loadSchemaDoc(t)
	checkRefs(t, doc, doc.root)
	lib := realLibrary(t)
	h := shared(t)
	static, err := web.New(web.Config{Library: lib, Static: true, Now: func() time.Time { return tuesday11 }})
	if err != nil {
		t.Fatal(err)
	}
	sh := static.Handler()

	type request struct {
		op      operation
		h       http.Handler
		method  string
		target  string
		body    string
		headers []string
	}
	var reqs []request
	add := func(path, method, target, body string, headers ...string) {
		reqs = append(reqs, request{operation{path, method}, h, method, target, body, headers})
	}
	const (
		route    = "/api/v1/route"
		guides   = "/api/v1/guides"
		guidesF  = "/api/v1/guides.json"
		guideP   = "/api/v1/guides/{jurisdiction}/{slug}"
		services = "/api/v1/services"
		servF    = "/api/v1/services/{file}"
		openapi  = "/api/v1/openapi.json"
	)
	for _, q := range []string{"im 15 and a boy has my pics", "my ex says he'll post my nudes", "someone wants $500 on cash app or he sends my video to my mom",
		"he said he will kill me if i dont send more", "i want to end it all after the pictures got out", "my son is being blackmailed", "bicycle", "!!!", "a"} {
		for _, v := range []url.Values{{"q": {q}}, {"q": {q}, "audience": {"helping"}, "nation": {"wales"}}, {"q": {q}, "jurisdiction": {"us"}}} {
			add(route, "GET", route+"?"+v.Encode(), "")
			b, _ := json.Marshal(map[string]string{"q": v.Get("q"), "audience": v.Get("audience"), "nation": v.Get("nation"), "jurisdiction": v.Get("jurisdiction")})
			add(route, "POST", route, string(b))
		}
	}
	add(route, "GET", route+"?q=help", "", "If-None-Match", "*")
	add(route, "GET", route+"?q=help&audience=x", "")
	add(route, "GET", route+"?q=help&jurisdiction=x", "")
	add(route, "GET", route+"?q="+strings.Repeat("a", 17<<10), "")
	add(route, "POST", route, "{")
	add(route, "POST", route, `{"q":"help","jurisdiction":"x"}`)
	add(route, "POST", route, `{"q":"`+strings.Repeat("a", 17<<10)+`"}`)
	add(route, "GET", route, "")
	for _, m := range []string{"PUT", "DELETE"} {
		reqs = append(reqs, request{operation{route, "POST"}, h, m, route, "", nil}, request{operation{route, "GET"}, h, m, route, "", nil})
	}
	for _, p := range []string{guides, guidesF} {
		add(p, "GET", p, "")
		add(p, "GET", p, "", "If-None-Match", "*")
		reqs = append(reqs, request{operation{p, "GET"}, h, "POST", p, "", nil})
	}
	for _, g := range lib.Guides {
		nations := lib.Nations(g.Jurisdiction)
		views := []routes.View{{}, {Audience: routes.Under18}}
		if len(nations) > 0 {
			views = append(views, routes.View{Audience: routes.Helping, Nation: nations[len(nations)-1]})
		}
		for _, v := range views {
			add(guideP, "GET", "/api/v1/guides/"+g.ID+"?audience="+string(v.Audience)+"&nation="+v.Nation, "")
		}
		add(guideP, "GET", "/api/v1/guides/"+g.ID+".json", "")
	}
	add(guideP, "GET", "/api/v1/guides/uk/cyberflashing", "", "If-None-Match", "*")
	add(guideP, "GET", "/api/v1/guides/uk/cyberflashing?audience=x", "")
	add(guideP, "GET", "/api/v1/guides/uk/nothing", "")
	reqs = append(reqs, request{operation{guideP, "GET"}, h, "DELETE", "/api/v1/guides/uk/cyberflashing", "", nil})
	for _, j := range lib.Jurisdictions {
		add(services, "GET", services+"?jurisdiction="+j.ID, "")
		add(servF, "GET", "/api/v1/services/"+j.ID+".json?age=15", "")
	}
	for _, p := range []string{services + "?nation=wales&at=2026-12-25T18:00:00Z&age=40", services + "?nation=wales&at=x", services + "?jurisdiction=x"} {
		add(services, "GET", p, "")
	}
	add(services, "GET", services, "", "If-None-Match", "*")
	reqs = append(reqs, request{operation{services, "GET"}, h, "POST", services, "", nil})
	for _, p := range []string{"/api/v1/services/uk.json?at=2027-05-03T08:00:00Z", "/api/v1/services/uk.json?age=x", "/api/v1/services/x.json"} {
		add(servF, "GET", p, "")
	}
	add(servF, "GET", "/api/v1/services/uk.json", "", "If-None-Match", "*")
	reqs = append(reqs, request{operation{servF, "GET"}, h, "PUT", "/api/v1/services/uk.json", "", nil})
	add(openapi, "GET", openapi, "")
	add(openapi, "GET", openapi, "", "If-None-Match", "*")
	reqs = append(reqs, request{operation{openapi, "GET"}, h, "POST", openapi, "", nil})
	// The static copy's files, as a CDN would hold them.
	for _, p := range static.Paths() {
		if !api.Owns(p) {
			continue
		}
		op := operation{guideP, "GET"}
		switch {
		case p == openapi:
			op.path = openapi
		case p == guidesF:
			op.path = guidesF
		case strings.HasPrefix(p, "/api/v1/services/"):
			op.path = servF
		}
		reqs = append(reqs, request{op, sh, "GET", p, "", nil})
	}

	seen := map[string]bool{}
	for _, r := range reqs {
		w := do(t, r.h, r.method, r.target, r.body, r.headers...)
		seen[fmt.Sprintf("%s %s %d", r.op.method, r.op.path, w.Code)] = true
		for _, e := range doc.checkAnswer(r.op, w) {
			t.Errorf("%s %s: %s", r.method, clip(r.target), e)
		}
	}
	// Every status the document promises has been seen.
	var missing []string
	for path, item := range doc.root["paths"].(map[string]any) {
		for method, o := range item.(map[string]any) {
			for status := range o.(map[string]any)["responses"].(map[string]any) {
				if k := fmt.Sprintf("%s %s %s", strings.ToUpper(method), path, status); !seen[k] {
					missing = append(missing, k)
				}
			}
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no request gave %s", m)
	}
	// And every endpoint the API has is in the document.
	for _, p := range []string{route, guides, guidesF, guideP, services, servF, openapi} {
		if _, ok := doc.root["paths"].(map[string]any)[p]; !ok {
			t.Errorf("%s is not in the document", p)
		}
	}
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// checkRefs checks that every $ref in the document leads somewhere.
func checkRefs(t *testing.T, d *schemaDoc, v any) {
	t.Helper()
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok {
			if _, err := d.pointer(ref); err != nil {
				t.Error(err)
			}
		}
		for _, y := range x {
			checkRefs(t, d, y)
		}
	case []any:
		for _, y := range x {
			checkRefs(t, d, y)
		}
	}
}

// TestSchemaChecker checks the checker on answers the document must
// refuse.
func TestSchemaChecker(t *testing.T) {
	doc := loadSchemaDoc(t)
	guideRef := map[string]any{"$ref": "#/components/schemas/GuideRef"}
	good := `{"id":"uk/x","title":"t","situation":"s","url":"/uk/x","api_url":"/api/v1/guides/uk/x"}`
	for _, c := range []struct {
		name, body string
		ok         bool
	}{
		{"good", good, true},
		{"missing field", `{"id":"uk/x","title":"t","situation":"s","url":"/uk/x"}`, false},
		{"extra field", strings.Replace(good, `{`, `{"extra":1,`, 1), false},
		{"wrong type", strings.Replace(good, `"t"`, `7`, 1), false},
		{"null", `null`, false},
	} {
		dec := json.NewDecoder(strings.NewReader(c.body))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		if errs := doc.check("body", guideRef, v); (len(errs) == 0) != c.ok {
			t.Errorf("%s: %v", c.name, errs)
		}
	}
	errSchema := map[string]any{"$ref": "#/components/schemas/Error"}
	for body, ok := range map[string]bool{
		`{"error":{"code":"bad_q","message":"m"}}`:       true,
		`{"error":{"code":"teapot","message":"m"}}`:      false,
		`{"error":{"code":"bad_q"}}`:                     false,
		`{"error":{"code":"bad_q","message":"m"},"x":1}`: false,
	} {
		dec := json.NewDecoder(strings.NewReader(body))
		dec.UseNumber()
		var v any
		_ = dec.Decode(&v)
		if errs := doc.check("body", errSchema, v); (len(errs) == 0) != ok {
			t.Errorf("%s: %v", body, errs)
		}
	}
	status := map[string]any{"$ref": "#/components/schemas/ServiceList"}
	var v any
	dec := json.NewDecoder(strings.NewReader(`{"jurisdiction":"uk","nation":"","age":1.5,"at":"","live":false,"groups":[],"services":[]}`))
	dec.UseNumber()
	_ = dec.Decode(&v)
	if errs := doc.check("body", status, v); len(errs) == 0 {
		t.Error("an age of 1.5 passed as an integer")
	}
}
