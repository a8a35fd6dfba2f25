//! Pieces of escaped HTML shared by the read-only parts of views written as
//! one string (the period report, the scoreboard's table, the timeline's
//! rows): the browser parses one string far faster than the page could
//! build the same elements one by one, and one writer is much smaller than
//! the generic code of a component per part.
//!
//! Every text is escaped ([`push_escaped`]). The page's Content Security
//! Policy forbids inline styles in parsed HTML, so a length (a bar's width,
//! a mark's place) is written as a `data-w` or `data-l` attribute, in
//! percent, which the shell sets as the element's style once the HTML is in
//! the page.

use crate::i18n::Catalog;
use crate::model::ReportedStatus;
use crate::query::light_key;
pub use crate::query::push_escaped;
use crate::status::{Light, Status};
use std::fmt::Write;

/// `s`, escaped.
pub fn text(out: &mut String, s: &str) {
    push_escaped(out, s);
}

/// `<tag class="class">` … `</tag>` around the escaped `s` (`tag` may carry
/// attributes: `th scope="row"`).
pub fn elem(out: &mut String, tag: &str, class: &str, s: &str) {
    let _ = write!(out, "<{tag}");
    let tag = tag.split(' ').next().unwrap_or(tag);
    if !class.is_empty() {
        let _ = write!(out, " class=\"{class}\"");
    }
    out.push('>');
    text(out, s);
    let _ = write!(out, "</{tag}>");
}

/// `<td class=… data-label=…>` (the label a narrow screen shows before
/// the cell's value), left open.
pub fn cell_start(out: &mut String, class: &str, label: &str) {
    let _ = write!(out, "<td class=\"{class}\" data-label=\"");
    text(out, label);
    out.push_str("\">");
}

/// A whole cell: [`cell_start`], the escaped `value`, `</td>`.
pub fn cell(out: &mut String, class: &str, label: &str, value: &str) {
    cell_start(out, class, label);
    text(out, value);
    out.push_str("</td>");
}

/// A link to `href` (an address in the app) whose text is `s`.
pub fn link(out: &mut String, href: &str, s: &str) {
    out.push_str("<a href=\"");
    text(out, href);
    out.push_str("\">");
    text(out, s);
    out.push_str("</a>");
}

/// A light's dot and word, so that colour is never the only sign.
pub fn light_word(out: &mut String, t: &Catalog, light: Light) {
    let _ = write!(
        out,
        "<span class=\"light light-{}\"><span class=\"dot\" aria-hidden=\"true\"></span>",
        light_key(light)
    );
    elem(out, "span", "word", (t.light_name)(light));
    out.push_str("</span>");
}

/// A traffic light: its dot, its word and its reason (for screen readers
/// only when `compact`), the reason also in the title.
pub fn light_badge(
    out: &mut String,
    t: &Catalog,
    status: Status,
    claim: Option<ReportedStatus>,
    compact: bool,
) {
    let reason = t.task_reason(&status, claim);
    let _ = write!(
        out,
        "<span class=\"light light-{}\" title=\"",
        light_key(status.light)
    );
    text(out, &reason);
    out.push_str("\"><span class=\"dot\" aria-hidden=\"true\"></span>");
    elem(out, "span", "word", (t.light_name)(status.light));
    out.push(' ');
    let class = if compact { "visually-hidden" } else { "reason" };
    elem(out, "span", class, &reason);
    out.push_str("</span>");
}

/// A progress bar for `what` at `percent` (clamped to 0–100), its value
/// told to screen readers.
pub fn progress_bar(out: &mut String, t: &Catalog, what: &str, percent: f64) {
    let p = percent.clamp(0.0, 100.0);
    let _ = write!(
        out,
        "<div class=\"progress\" role=\"progressbar\" aria-valuemin=\"0\" \
         aria-valuemax=\"100\" aria-valuenow=\"{p:.0}\" aria-label=\""
    );
    text(out, &(t.progress_of)(what, p));
    let _ = write!(
        out,
        "\"><div class=\"bar\"><div class=\"fill\" data-w=\"{p:.1}\"></div></div>\
         <span class=\"pct\">{p:.0}%</span></div>"
    );
}

/// The lengths a piece of HTML asks for: each `data-w` (width) and `data-l`
/// (left) attribute's element, in document order, with its value in
/// percent. The shell sets them as styles; tests read them back.
pub fn lengths(html: &str) -> Vec<(&'static str, f64)> {
    let mut found = Vec::new();
    for (at, _) in html.match_indices(" data-") {
        let rest = &html[at + 6..];
        let name = match rest.as_bytes().first() {
            Some(b'w') => "width",
            Some(b'l') => "left",
            _ => continue,
        };
        if let Some(value) = rest
            .strip_prefix(&rest[..1])
            .and_then(|r| r.strip_prefix("=\""))
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
        {
            found.push((name, value));
        }
    }
    found
}

/// One button of a list's item, for [`item_button`].
pub struct ItemButton<'a> {
    /// What it does, read back by the one handler (`data-act`); `up` and
    /// `down` are disabled at the list's ends.
    pub act: &'a str,
    pub class: &'a str,
    /// The item's place in its list and the list's length.
    pub place: (usize, usize),
    /// The item's id, when the handler finds the item by it.
    pub id: Option<&'a str>,
    /// The button's accessible name, naming the item.
    pub label: &'a str,
    /// The word on the button.
    pub word: &'a str,
    /// Whether the panel it opens is open, for a button that opens one.
    pub expanded: Option<bool>,
}

/// A button of a list's item as escaped HTML, read by the view's one
/// click handler from what it names.
pub fn item_button(out: &mut String, b: ItemButton) {
    let (i, len) = b.place;
    let _ = write!(
        out,
        "<button type=\"button\" class=\"{}\" data-act=\"{}\" data-i=\"{i}\"",
        b.class, b.act
    );
    if let Some(id) = b.id {
        out.push_str(" data-id=\"");
        text(out, id);
        out.push('"');
    }
    out.push_str(" aria-label=\"");
    text(out, b.label);
    out.push('"');
    if let Some(expanded) = b.expanded {
        let _ = write!(out, " aria-expanded=\"{expanded}\"");
    }
    if (b.act == "up" && i == 0) || (b.act == "down" && i + 1 >= len) {
        out.push_str(" disabled");
    }
    out.push('>');
    text(out, b.word);
    out.push_str("</button>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::status::Reason;

    #[test]
    fn a_badge_says_its_light_in_words_and_escapes_its_reason() {
        let t = Lang::En.catalog();
        let mut out = String::new();
        light_badge(
            &mut out,
            t,
            Status {
                light: Light::Grey,
                reason: Reason::NotStarted { starts_in_days: 3 },
            },
            None,
            true,
        );
        assert!(out.starts_with("<span class=\"light light-grey\" title=\""));
        assert!(out.contains("<span class=\"dot\" aria-hidden=\"true\"></span>"));
        assert!(out.contains(&format!(
            "<span class=\"word\">{}</span>",
            (t.light_name)(Light::Grey)
        )));
        assert!(out.contains("<span class=\"visually-hidden\">"));
        let mut word = String::new();
        light_word(&mut word, Lang::Zh.catalog(), Light::Red);
        assert!(word.contains((Lang::Zh.catalog().light_name)(Light::Red)));
    }

    #[test]
    fn a_bar_is_clamped_and_named_and_its_width_read_back() {
        let t = Lang::En.catalog();
        let mut out = String::new();
        progress_bar(&mut out, t, "<b>&\"x\"", 140.0);
        assert!(out.contains("aria-valuenow=\"100\""));
        assert!(out.contains("&lt;b&gt;&amp;&quot;x&quot;"));
        assert!(!out.contains("<b>"));
        assert_eq!(lengths(&out), vec![("width", 100.0)]);
        let mut out = String::new();
        progress_bar(&mut out, t, "x", 12.34);
        assert_eq!(lengths(&out), vec![("width", 12.3)]);
        assert!(out.contains(">12%</span>"));
    }

    #[test]
    fn a_link_escapes_its_address_and_text() {
        let mut out = String::new();
        link(&mut out, "?view=task&id=a\"b", "<script>x</script>");
        assert_eq!(
            out,
            "<a href=\"?view=task&amp;id=a&quot;b\">&lt;script&gt;x&lt;/script&gt;</a>"
        );
    }

    #[test]
    fn an_item_button_names_its_item_and_is_disabled_at_the_lists_ends() {
        let button = |act, place, expanded| {
            let mut out = String::new();
            item_button(
                &mut out,
                ItemButton {
                    act,
                    class: "quiet",
                    place,
                    id: Some("u-1&2"),
                    label: "Move up: <Office>",
                    word: "Move up",
                    expanded,
                },
            );
            out
        };
        assert_eq!(
            button("up", (0, 3), None),
            "<button type=\"button\" class=\"quiet\" data-act=\"up\" data-i=\"0\" \
             data-id=\"u-1&amp;2\" aria-label=\"Move up: &lt;Office&gt;\" disabled>Move up</button>"
        );
        assert!(!button("up", (1, 3), None).contains("disabled"));
        assert!(button("down", (2, 3), None).contains(" disabled>"));
        assert!(button("values", (2, 3), Some(true)).contains(" aria-expanded=\"true\">"));
    }
}
