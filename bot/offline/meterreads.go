package offline

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// meterInterval is how often one meter records a read, in seconds: the statement's own interval
// ("900k meters send hourly readings"), else the smart-meter pattern's 15 minutes.
func (r *renderer) meterInterval() float64 {
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.Kind == conversation.FlowWrite && f.Each && f.PerSeconds > 0 && f.Count > 0 {
			return f.PerSeconds / f.Count
		}
	}
	return 900
}

// meterReadWords renders the smart-meter texts' counts of reads: {meter_day_reads} ("24") and
// {meter_month_reads} ("720 at one an hour"), from the meters' interval, so an hourly water
// meter's month is 720 reads, not an electricity meter's 2,880.
func (r *renderer) meterReadWords(name string) (string, bool) {
	sec := r.meterInterval()
	day := math.Round(86_400 / sec)
	switch name {
	case "meter_day_reads":
		return conversation.Human(day), true
	case "meter_interval":
		// "every hour", "every 15 minutes"
		switch sec {
		case 3600:
			return "hour", true
		case 86_400:
			return "day", true
		}
		return strings.TrimPrefix(intervalWords(sec), "one every "), true
	case "meter_month_reads":
		return fmt.Sprintf("%s at %s", commaInt(day*30), intervalWords(sec)), true
	}
	return "", false
}

// intervalWords names a meter's read interval: "15 minutes", "one an hour", "one a day".
func intervalWords(sec float64) string {
	switch {
	case sec == 3600:
		return "one an hour"
	case sec == 86_400:
		return "one a day"
	case sec >= 3600 && math.Mod(sec, 3600) == 0:
		return fmt.Sprintf("one every %d hours", int(sec/3600))
	case sec >= 60:
		return fmt.Sprintf("%d minutes", int(math.Round(sec/60)))
	}
	return fmt.Sprintf("%d seconds", int(sec))
}

var thousandsRe = regexp.MustCompile(`(\d)(\d{3})$`)

// commaInt writes a whole number below a million with a thousands comma: 2,880.
func commaInt(n float64) string {
	return thousandsRe.ReplaceAllString(fmt.Sprintf("%d", int(n)), "$1,$2")
}

// meterParts are the smart-meter components whose catalogue text is an electricity meter's, as
// a water or a gas utility's design has them instead: battery meters measuring volume, with no
// last gasp, no export, no demand charge and no outages to report.
var meterParts = map[string]map[string][2]string{
	"watermeter": {
		"smartmeters":  {"battery water meters (ultrasonic or mechanical with an encoder register) logging volume each interval, with leak, backflow and tamper alarms", "One at each home and business served: record litres per interval and the m³ register, keep weeks of intervals in memory, and raise leak, backflow and tamper alarms through the field network"},
		"determinants": {"a batch per cycle each night; grouped ClickHouse queries", "Computes each account's billing determinants for its period (m³ per tariff block, days of service, the estimated share) across meter exchanges, with a fingerprint of the interval versions it used"},
		"usagesvc":     {"stateless Go service; usage from the interval store's rollups, accounts and bills from the billing database", "Serves the portal: water use by interval, day and month, leak alerts, bills and their PDFs, and payments"},
		"custportal":   {"web portal and iOS / Android apps", "Customers see their water use, leak alerts and bills, pay, and download their data"},
	},
	"gasmeter": {
		"smartmeters":  {"battery gas meters (diaphragm or ultrasonic) logging volume each interval, with tamper, low-battery and valve alarms", "One at each home and business served: record m³ per interval and the register, keep weeks of intervals in memory, and raise tamper and low-battery alarms through the field network"},
		"determinants": {"a batch per cycle each night; grouped ClickHouse queries with each day's calorific values as a dictionary", "Computes each account's billing determinants for its period (m³ converted to kWh at each day's calorific value and correction factor, standing-charge days, the estimated share) across meter exchanges, with a fingerprint of the interval versions it used"},
		"usagesvc":     {"stateless Go service; usage from the interval store's rollups, accounts and bills from the billing database", "Serves the portal: gas use in m³ and kWh by interval, day and month, bills and their PDFs, and payments"},
		"custportal":   {"web portal and iOS / Android apps", "Customers see their gas use and bills, pay, and download their data"},
	},
}

// meterPart is a smart-meter component's technology and description for the utility the design
// meters, when that is not electricity.
func meterPart(features []string, id string) (tech, desc string, ok bool) {
	for _, f := range features {
		if p, found := meterParts[f][id]; found {
			return p[0], p[1], true
		}
	}
	return "", "", false
}
