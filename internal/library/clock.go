package library

import (
	"time"

	"firststeps/internal/services"
)

// Division returns the holiday division a reader in nation keeps: the
// nation's, or with no nation known the jurisdiction's first ("" if it has
// none).
func (l *Library) Division(jurisdiction, nation string) string {
	j, ok := l.jurisdictions[jurisdiction]
	if !ok {
		return ""
	}
	if n, ok := j.Nation(nation); ok && n.Holidays != "" {
		return n.Holidays
	}
	if len(j.Holidays.Divisions) > 0 {
		return j.Holidays.Divisions[0].ID
	}
	return ""
}

// ContactDivision is the holiday division "closed bank holidays" means for
// a contact route read by someone in nation: a route serving one nation
// closes on that nation's holidays, otherwise the reader's nation's, or the
// jurisdiction's first division. Hours that name a division keep it.
func (l *Library) ContactDivision(svc *services.Service, c *services.Contact, nation string) string {
	nations := c.Nations
	if len(nations) == 0 {
		nations = svc.Nations
	}
	if len(nations) == 1 {
		nation = nations[0]
	}
	return l.Division(svc.Jurisdiction, nation)
}

// ServiceLocation returns the zone a service keeps its hours in: its own,
// or its jurisdiction's.
func (l *Library) ServiceLocation(svc *services.Service) *time.Location {
	if loc, ok := l.zones[svc.TimeZone]; ok {
		return loc
	}
	return l.Location(svc.Jurisdiction)
}

// Calendar returns what a service's hours are read against: its zone and
// the holidays.
func (l *Library) Calendar(svc *services.Service) services.Calendar {
	return services.Calendar{Loc: l.ServiceLocation(svc), Holidays: l.Holidays}
}

// Format returns how a service's hours and status are written for readers
// of its jurisdiction: in the service's own zone, named where the
// jurisdiction spans several, on the jurisdiction's clock, with its word
// for holidays and its pages' sentences for a line's status (site.yaml).
func (l *Library) Format(svc *services.Service) services.Format {
	f := services.Format{Loc: l.ServiceLocation(svc)}
	if t := l.Text(svc.Jurisdiction); t != nil {
		f.Words = services.Words{
			Unknown: string(t.StatusUnknown), Always: string(t.StatusAlways),
			Open: string(t.StatusOpen), OpenUntil: string(t.StatusOpenUntil),
			Closed: string(t.StatusClosed), Opens: string(t.StatusOpens),
			HoursAlways: string(t.HoursAlways), HoursUnknown: string(t.HoursUnknown),
		}
	}
	j, ok := l.jurisdictions[svc.Jurisdiction]
	if !ok {
		return f
	}
	f.TwelveHour = j.TwelveHour()
	f.Holidays = j.Holidays.Word
	f.Divisions = make(map[string]string, len(j.Holidays.Divisions))
	for _, d := range j.Holidays.Divisions {
		f.Divisions[d.ID] = d.Name
	}
	if len(j.Zones) > 0 {
		zone := svc.TimeZone
		if zone == "" {
			zone = j.TimeZone
		}
		for _, z := range j.Zones {
			if z.ID == zone {
				f.Zone = z.Name
			}
		}
	}
	return f
}
