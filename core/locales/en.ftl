# otel-feedback: English catalog (the reference: every key lives here).
#
# Variables are written { $name }. Counts select a plural category:
#   { $count ->
#       [one] 1 thing
#      *[other] { $count } things
#   }
# Keep messages short: the whole catalog ships in the widget's wasm.

## Form: headings, labels, help text

form-heading = Request a feedback session
form-intro = Tell us who you are and what you would like to talk about. Nothing is sent from this page: you get a message to post in Slack, an email, or a calendar entry.
sessions-heading = Upcoming sessions
sessions-none = No upcoming session is scheduled. Describe the times that suit you instead.
sessions-cancelled = Cancelled
label-timezone = Your time zone
label-organization = Organization
help-organization = The organization whose OpenTelemetry use we will talk about.
label-name = Your name
help-name = How we should address you.
label-role = Your role
help-role = For example: platform engineer, SRE lead.
label-email = Email
help-email = We only use it to reply about the session.
label-slack = Slack handle
help-slack = Your handle in the CNCF Slack, such as @jane, or your member id (U…).
contact-heading = How can we reach you?
contact-help = Give an email address, a Slack handle, or both.
label-topics = What would you like to discuss?
help-topics = Pick at least one.
topic-special-use-cases = Special use cases
topic-implementation = Challenges with implementation
topic-adoption = Challenges with adoption within the organization
help-topic-special-use-cases = Anything unusual about how you use OpenTelemetry.
help-topic-implementation = What went well? What needs improvement? Anything from instrumentation to documentation.
help-topic-adoption = How can the community help you drive adoption with your teams?
label-details = Details
help-details = Anything we should know before the session. Optional.
label-slots = Preferred sessions
help-slots = { $max ->
    [one] Pick the session that suits you.
   *[other] Pick up to { $max } sessions that suit you.
}
label-alternative-time = Other times that suit you
help-alternative-time = Required when you pick no session. For example: "Tuesdays after 15:00 UTC".
compliance-heading = Compliance
compliance-help = Sessions are recorded and open to the public, and we write a summary post for the OpenTelemetry blog.
label-delete-recording = Delete the recording once the notes are summarized
help-delete-recording = If your organization has compliance concerns, we delete the recording after summarizing the notes and feedback.
label-anonymize-post = Anonymize the blog post
help-anonymize-post = The summary post will not name your organization.
optional = optional
required = required
chars-left = { $count ->
    [one] 1 character left
   *[other] { $count } characters left
}
chars-over = { $count ->
    [one] 1 character too many
   *[other] { $count } characters too many
}
chars-over-at-least = { $count ->
    [one] At least 1 character too many
   *[other] At least { $count } characters too many
}
slots-picked = { $count ->
    [0] No session picked
    [one] 1 session picked
   *[other] { $count } sessions picked
}

## Buttons, notices

button-check = Check my request
button-copy-message = Copy the Slack message
button-open-channel = Open #{ $channel } in the browser
button-open-channel-app = Open #{ $channel } in the Slack app
button-dm = Message { $name } in Slack
button-email = Write an email
button-copy-email = Copy the email text
button-ics = Download the calendar entry for { $when } (.ics)
button-ics-series = Add the whole series to your calendar (.ics)
button-gcal = Add { $when } to Google Calendar
button-join-slack = Join the CNCF Slack
send-heading = Send your request
send-help = Post the message in #{ $channel }, or send it to a maintainer directly.
notice-copied = Copied to the clipboard.
notice-copy-failed = Could not copy. Select the text and copy it yourself.
notice-email-shortened = The email was too long for a link, so its details were shortened. Copy the full text below into the email instead.
notice-no-email-recipient = No email address is published for requests: post the message in #{ $channel } or send it to a maintainer on Slack.
errors-heading = { $count ->
    [one] Fix 1 problem to continue:
   *[other] Fix { $count } problems to continue:
}
notice-valid = Your request is ready to send.

## Field names, used inside error messages

field-organization = Organization
field-name = Name
field-email = Email
field-slack = Slack handle
field-role = Role
field-topics = Topics
field-details = Details
field-slots = Preferred sessions
field-alternative-time = Other times
field-tz = Time zone

## Validation errors: each says what to fix

err-required = “{ $field }” is empty; fill it in.
err-organization-required = Enter the name of your organization.
err-name-required = Enter your name.
err-contact-required = Give an email address or a Slack handle (or both) so we can reply.
err-topics-required = Pick at least one topic.
err-alternative-time-required = Pick a session, or describe other times that suit you.
err-too-long = “{ $field }” is longer than { $max ->
    [one] 1 character
   *[other] { $max } characters
}; shorten it to { $max } or fewer.
err-forbidden-character = “{ $field }” has an invisible or control character at { $line ->
    [0] character { $column }
   *[other] line { $line }, column { $column }
}: { $char }; remove it.
err-invalid-email = “{ $value }” is not an email address; use the form name@example.com.
err-invalid-slack = “{ $value }” is not a Slack handle; use @ followed by your display name (such as @jane) or your member id (such as U01ABCDEF23).
err-group-mention = “{ $value }” would notify a whole channel; give your own Slack handle instead.
err-unknown-topic = “{ $value }” is not a topic; use special-use-cases, implementation or adoption.
err-duplicate-topic = The topic “{ $value }” is listed twice; list it once.
err-invalid-slot = “{ $value }” is not a date and time; use RFC 3339, such as 2026-11-26T18:00:00Z.
err-not-a-session = { $when } is not a session; pick one of the upcoming sessions.
err-in-the-past = { $when } has already passed; pick an upcoming session.
err-duplicate-slot = { $when } is picked twice; pick each session once.
err-too-many-slots = { $count ->
    [one] 1 session is picked
   *[other] { $count } sessions are picked
}; pick { $max } or fewer.
err-calendar-needs-slot = A calendar entry needs a preferred session; pick one of the upcoming sessions.
err-unknown-zone = “{ $value }” is not a time zone; use an IANA name such as Europe/Kyiv.
err-unknown-field = “{ $value }” is not a field of a request; check its spelling.
err-invalid-json = The request is not valid JSON ({ $detail }); fix the file.

## The composed request (Slack message, email, calendar)

msg-title = Feedback session request
msg-intro = Hello! We would like to schedule an OpenTelemetry end-user feedback session.
msg-organization = Organization
msg-contact = Contact
msg-role = Role
msg-email = Email
msg-slack = Slack
msg-topics = Topics
msg-slots = Preferred sessions
msg-no-slots = None of the scheduled sessions
msg-alternative-time = Other times
msg-compliance = Compliance
msg-delete-recording-yes = Please delete the recording once the notes are summarized.
msg-delete-recording-no = The recording may be kept.
msg-anonymize-yes = Please anonymize the blog post.
msg-anonymize-no = The blog post may name the organization.
msg-details = Details
msg-sent-from = Composed on { $url }
msg-shortened = … [shortened: the full text is in the copied message]
email-subject = Feedback session request: { $organization }
event-summary = OpenTelemetry feedback session: { $organization }
series-summary = OpenTelemetry End-User SIG
series-description = The OpenTelemetry End-User SIG meeting, where feedback sessions are usually held. Details: { $url }

## Date words

wd-mon = Mon
wd-tue = Tue
wd-wed = Wed
wd-thu = Thu
wd-fri = Fri
wd-sat = Sat
wd-sun = Sun

## Widget: zone picker, clock, day markers, notices

label-hour12 = 12-hour clock
slot-none = None of these — propose another time
day-later = +1 day
day-earlier = −1 day
day-later-long = the next day in your time zone
day-earlier-long = the previous day in your time zone
button-clear = Clear the form
notice-zone-unknown = This browser does not know the time zone “{ $zone }”; times are shown in UTC.
help-timezone = Type to search, for example Tokyo or Kyiv.
source-time = { $day } { $time } { $city } time ({ $zone })
zone-none = No time zone matches “{ $text }”; times stay in { $zone }.
zone-did-you-mean = No time zone matches “{ $text }”. Did you mean { $zones }? Times stay in { $zone }.
zone-several = Several time zones are called “{ $text }”: { $zones }. Pick one; times stay in { $zone }.
zone-looking-up = Looking up the time zone “{ $text }”; times stay in { $zone } meanwhile.
zone-lookup-unavailable = Time zone names cannot be looked up right now, so “{ $text }” was not recognised; times stay in { $zone }. An IANA name such as Asia/Tokyo still works.
zone-shown-in = Times now shown in { $zone }.
notice-zone-none = This browser does not say which time zone you are in, so times are shown in UTC: pick your zone above.
notice-tzdata = These times follow the tz database { $release }, which is newer than this browser's.
button-open-channel-web = Open #{ $channel } in the browser
calendar-heading = Add to your calendar
email-heading = Email
notice-copy-select = Press Ctrl+C (⌘C on a Mac) to copy the selected text.
notice-unavailable = The session picker could not start on this page. The schedule described here still applies.
notice-form-unavailable = The request form could not load. You can still ask for a session in #{ $channel } on Slack.
button-request = Request a session
label-message = Your Slack message
notice-storage-unavailable = This browser does not let the page keep your draft: it is lost if you reload or leave the page.
notice-cleared = The form was cleared.
button-undo = Undo
notice-session-gone = The session on { $when } is no longer offered; pick another.

## The schedule sentence (core/src/describe.rs): generated from the configuration

schedule-one = Sessions are usually held { $rule }.
schedule-one-labelled = Sessions are usually held during the { $label } meeting, { $rule }.
schedule-many = Sessions are usually held on several schedules: { $list }.
schedule-item-labelled = { $label }, { $rule }
schedule-cadence = { $every ->
    [1] every { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
    [2] on alternating { $day ->
        [mon] Mondays
        [tue] Tuesdays
        [wed] Wednesdays
        [thu] Thursdays
        [fri] Fridays
        [sat] Saturdays
       *[sun] Sundays
    }
   *[other] every { $every } weeks on { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
}
schedule-rule = { $cadence } at { $time } { $zone }
schedule-until = { $rule } until { $date }
schedule-at = { $date } at { $time } { $zone }
schedule-extra = { $count ->
    [one] Extra session
   *[other] Extra sessions
}: { $list }.
schedule-cancelled = No session on { $list }.
schedule-sep = {"; "}
schedule-sentences = { $a } { $b }
# The page's fallback (core/src/site.rs, the Hugo shortcode): after the
# schedule sentence; { $channel } is the channel's link.
page-fallback-how = To schedule one, write to us on CNCF Slack in { $channel }.
schedule-shown-in = Times below are in { $zone }.
tz-other = { $zone } time
tz-america-los-angeles = Pacific Time
tz-america-denver = Mountain Time
tz-america-chicago = Central Time
tz-america-new-york = Eastern Time
tz-europe-london = UK time
tz-europe-berlin = Central European Time
tz-asia-tokyo = Japan Time
tz-utc = UTC

# Zones as the page's language names them, the language's own punctuation
# and the message's language (issue 27). { $zone }: the browser's name for
# the zone in the page language (Intl's generic name: "Eastern European
# Time"); { $day } and { $time }: the source zone's weekday and time, apart;
# { $language }: the channel's language, { $own }: the page's (Intl's names).
intro-shown-in = Times below are in { $zone }.
slot-label = { $when } ({ $source })
slot-label-day = { $when } ({ $source }), { $day }
message-lang-note = The message is written in { $language }, the channel's language, so that everyone there can read it.
message-lang-switched = The message is written in { $own }, this page's language; the channel's language is { $language }.
message-lang-switch = Write the message in { $own }, this page's language
notice-cleared-elsewhere = The draft was cleared in another tab.
