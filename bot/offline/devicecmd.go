package offline

import (
	"regexp"
	"strings"
)

// unitCommand is a command to one device that must act by a deadline ("valves must open/close
// within 10 seconds of a command", "a command must reach a pump within 5 seconds"): what the
// devices are, what they do ("open/close") and the deadline, as the statement says them.
type unitCommand struct{ devices, action, deadline, said string }

// unitActRe finds devices that must act within a time: "valves must open/close within 10
// seconds", "heaters should switch off within 30 s of the command". The verbs are what an
// actuator does, so a person who must "respond within 2 hours" is not read.
var unitActRe = regexp.MustCompile(`(?i)\b(?:the |our |its |their |each |every |a |an )?([a-z-]+)\s+(?:must|should|need to|needs to|has to|have to|will|can)\s+((?:open|close|turn on|turn off|switch on|switch off|switch|start|stop|lock|unlock|shut off|shut down|shut|reboot|restart|dim|move|activate|deactivate)(?:\s*(?:/|or|and|,)\s*(?:open|close|on|off|turn on|turn off|start|stop|lock|unlock|shut|activate|deactivate))?)\s+within\s+(\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?))\b`)

// unitReachRe finds a command that must reach one device in time: "a command must reach the
// pump within 5 seconds", "commands reach a valve within 10 s".
var unitReachRe = regexp.MustCompile(`(?i)\b(?:an? |the |each |every |any )?(?:commands?|instructions?|control signals?)\s+(?:must |should |needs? to |has to |have to |will )?(?:reach|reaches|arrive at|get to|be delivered to|be applied by|be executed by)\s+(?:a|an|the|its|each|any|every)\s+([a-z-]+(?:\s[a-z-]+)?)\s+within\s+(\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?))\b`)

// readUnitCommand reads a command to one device by a deadline, or ok false. A command to a whole
// group ("all valves in a block") is the group command's, read by readGroupCommand first.
func readUnitCommand(statement string) (unitCommand, bool) {
	if _, ok := readGroupCommand(statement); ok {
		return unitCommand{}, false
	}
	if m := unitActRe.FindStringSubmatch(statement); m != nil {
		return unitCommand{devices: strings.ToLower(m[1]), action: strings.ToLower(m[2]), deadline: m[3], said: strings.TrimSpace(m[0])}, true
	}
	if m := unitReachRe.FindStringSubmatch(statement); m != nil {
		return unitCommand{devices: pluralNoun(strings.ToLower(m[1])), action: "act", deadline: m[2], said: strings.TrimSpace(m[0])}, true
	}
	return unitCommand{}, false
}

// unitCommandWords renders a one-device command's placeholders, with words that need no figure when the
// statement gave none.
func unitCommandWords(statement, name string) string {
	u, ok := readUnitCommand(statement)
	if !ok {
		return map[string]string{"cmd_devices": "devices", "cmd_device": "device", "cmd_action": "act", "cmd_deadline": "the deadline"}[name]
	}
	return map[string]string{"cmd_devices": u.devices, "cmd_device": singularNoun(u.devices), "cmd_action": u.action, "cmd_deadline": u.deadline}[name]
}
