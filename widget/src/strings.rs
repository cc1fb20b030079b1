//! Every text the widget shows, looked up in one place.
//!
//! Order: the page's overrides (`mount(el, {strings})` or a `strings` key in
//! the inline JSON), then core's catalog for the page language (falling back
//! to English), then the few widget-only keys below. Placeholders are written
//! `{ $name }` as in core's catalogs.

/// The page's texts, key → text; a later entry wins over an earlier one.
pub type Overrides = Vec<(String, String)>;

/// Widget-only texts (English), for keys core's catalogs do not carry.
const WIDGET_EN: &[(&str, &str)] = &[
    ("label-hour12", "12-hour clock"),
    ("slot-none", "None of these — propose another time"),
    ("day-later", "+1 day"),
    ("day-earlier", "−1 day"),
    ("day-later-long", "the next day in your time zone"),
    ("day-earlier-long", "the previous day in your time zone"),
    ("button-clear", "Clear the form"),
    (
        "notice-zone-unknown",
        "This browser does not know the time zone “{ $zone }”; times are shown in UTC.",
    ),
    (
        "help-timezone",
        "Type to search, for example Tokyo or Kyiv.",
    ),
    ("source-time", "{ $time } { $zone }"),
    (
        "button-open-channel-web",
        "Open #{ $channel } in the browser",
    ),
    ("calendar-heading", "Add to your calendar"),
    ("email-heading", "Email"),
    (
        "notice-copy-select",
        "Press Ctrl+C (⌘C on a Mac) to copy the selected text.",
    ),
    (
        "notice-unavailable",
        "The session picker could not start on this page. The schedule described here still applies.",
    ),
];

/// Widget-only texts in core's other languages: (language, key, text).
const WIDGET_L10N: &[(&str, &str, &str)] = &[
    ("uk", "label-hour12", "12-годинний формат"),
    ("uk", "slot-none", "Жоден не підходить — запропонувати інший час"),
    ("uk", "day-later", "+1 день"),
    ("uk", "day-earlier", "−1 день"),
    ("uk", "day-later-long", "наступного дня у вашому часовому поясі"),
    ("uk", "day-earlier-long", "попереднього дня у вашому часовому поясі"),
    ("uk", "button-clear", "Очистити форму"),
    ("uk", "notice-zone-unknown", "Цей браузер не знає часового поясу «{ $zone }»; час показано в UTC."),
    ("uk", "help-timezone", "Почніть вводити, наприклад Kyiv або Tokyo."),
    ("uk", "button-open-channel-web", "Відкрити #{ $channel } у браузері"),
    ("uk", "calendar-heading", "Додати до календаря"),
    ("uk", "email-heading", "Електронна пошта"),
    ("uk", "notice-copy-select", "Натисніть Ctrl+C (⌘C на Mac), щоб скопіювати виділений текст."),
    ("ja", "label-hour12", "12時間表示"),
    ("ja", "slot-none", "どれも合わない — 別の日時を提案する"),
    ("ja", "day-later", "翌日"),
    ("ja", "day-earlier", "前日"),
    ("ja", "day-later-long", "あなたのタイムゾーンでは翌日"),
    ("ja", "day-earlier-long", "あなたのタイムゾーンでは前日"),
    ("ja", "button-clear", "フォームをクリア"),
    ("ja", "notice-zone-unknown", "このブラウザーはタイムゾーン「{ $zone }」を認識できません。時刻は UTC で表示しています。"),
    ("ja", "help-timezone", "入力して検索できます(例: Tokyo、Kyiv)。"),
    ("ja", "button-open-channel-web", "ブラウザーで #{ $channel } を開く"),
    ("ja", "calendar-heading", "カレンダーに追加"),
    ("ja", "email-heading", "メール"),
    ("ja", "notice-copy-select", "Ctrl+C(Mac では ⌘C)を押して、選択したテキストをコピーしてください。"),
    ("pt", "label-hour12", "Relógio de 12 horas"),
    ("pt", "slot-none", "Nenhuma destas — propor outro horário"),
    ("pt", "day-later", "+1 dia"),
    ("pt", "day-earlier", "−1 dia"),
    ("pt", "day-later-long", "no dia seguinte no seu fuso horário"),
    ("pt", "day-earlier-long", "no dia anterior no seu fuso horário"),
    ("pt", "button-clear", "Limpar o formulário"),
    ("pt", "notice-zone-unknown", "Este navegador não conhece o fuso horário “{ $zone }”; os horários são mostrados em UTC."),
    ("pt", "help-timezone", "Digite para pesquisar, por exemplo Tokyo ou Kyiv."),
    ("pt", "button-open-channel-web", "Abrir #{ $channel } no navegador"),
    ("pt", "calendar-heading", "Adicionar ao calendário"),
    ("pt", "email-heading", "E-mail"),
    ("pt", "notice-copy-select", "Pressione Ctrl+C (⌘C no Mac) para copiar o texto selecionado."),
    ("uk", "notice-unavailable", "Не вдалося запустити вибір сесій на цій сторінці. Розклад, описаний тут, чинний."),
    ("ja", "notice-unavailable", "このページではセッションの選択を表示できませんでした。ここに記載の予定は有効です。"),
    ("pt", "notice-unavailable", "Não foi possível abrir o seletor de sessões nesta página. A agenda descrita aqui continua válida."),
];

/// Looks texts up for one language.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    lang: String,
    overrides: Overrides,
}

impl Strings {
    /// Texts in `lang` (a BCP 47 tag), with the page's `overrides`.
    pub fn new(lang: &str, overrides: Overrides) -> Strings {
        Strings {
            lang: lang.to_owned(),
            overrides,
        }
    }

    /// The page language as given.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text for `key` with `{ $name }` placeholders filled from `args`.
    pub fn get(&self, key: &str, args: &[(&str, &str)]) -> String {
        if let Some((_, text)) = self.overrides.iter().rev().find(|(k, _)| k == key) {
            return fill(text, args);
        }
        if let Some(text) = crate::catalog::lookup(&self.lang, key, args) {
            return text;
        }
        let code = otel_feedback_core::i18n::Lang::negotiate(&self.lang).code();
        if let Some((_, _, text)) = WIDGET_L10N.iter().find(|(l, k, _)| *l == code && *k == key) {
            return fill(text, args);
        }
        match WIDGET_EN.iter().find(|(k, _)| *k == key) {
            Some((_, text)) => fill(text, args),
            None => key.to_owned(),
        }
    }

    /// The text for `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        self.get(key, &[])
    }
}

/// Replaces `{ $name }` (spaces optional) with the argument's value; the
/// value is never re-scanned, so text a visitor typed cannot inject more
/// placeholders.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = after[..close].trim().trim_start_matches('$');
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once() {
        assert_eq!(
            fill(
                "Open #{ $channel } now",
                &[("channel", "otel-sig-end-user")]
            ),
            "Open #otel-sig-end-user now"
        );
        assert_eq!(fill("{$a}{ $a }", &[("a", "{ $a }")]), "{ $a }{ $a }");
        assert_eq!(fill("{ $missing } stays", &[]), "{ $missing } stays");
    }

    #[test]
    fn page_overrides_win() {
        let o = vec![("button-clear".to_owned(), "Start over".to_owned())];
        let s = Strings::new("en", o);
        assert_eq!(s.t("button-clear"), "Start over");
        assert_eq!(s.t("label-hour12"), "12-hour clock");
    }
}
