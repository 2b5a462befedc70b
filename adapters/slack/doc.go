// Package slack runs archbot in a Slack workspace. It turns Slack events (a /design command, a
// mention, a message in a thread archbot owns, a button click) into bot.Messages for the engine,
// and renders the engine's replies natively: progress as an assistant status or one progress
// message, each design section as its own Block Kit message converted to Slack mrkdwn and split at
// Slack's limits, the diagram as a PNG, and the document as a file uploaded with the files upload
// v2 flow.
//
// Events arrive over Socket Mode when an app-level token is configured, or over HTTP (Events API,
// slash commands and interactivity endpoints, every request's signature verified). Raw Slack
// payloads never leave this package; the engine sees neutral messages and replies.
package slack
