//! A row of the task table as HTML: its cells written as one string, which
//! the table sets on the row at once. The browser parses the string faster
//! than the page could build the same cells one element at a time, and the
//! table draws some thirty rows at each keystroke.
//!
//! Every text is escaped (titles and unit names come from files). The page's
//! Content Security Policy forbids inline styles in parsed HTML, so a
//! progress bar's width is two classes, its tens and its units (`t7 u2`
//! for 72%, in style/table.css).

use super::url::light_key;
use super::TaskRow;
use crate::i18n::Catalog;
use crate::model::{Choice, Id, Plan};
use crate::route::Route;
use std::fmt::Write;

/// The address of a task's page, written around its id: the part before and
/// after are read once from the page's address (`lang` and `today` kept), so
/// a row only adds its encoded id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskHref {
    head: String,
    tail: String,
}

/// An id that encodes as itself, marking where the id goes.
const MARK: &str = "~ID~";

impl TaskHref {
    /// For the page at `search` (the address's query string).
    pub fn new(search: &str) -> TaskHref {
        let whole = Route::Task(Id::new(MARK)).to_query(search);
        let at = whole.find(MARK).unwrap_or(whole.len());
        TaskHref {
            head: whole[..at].to_string(),
            tail: whole[(at + MARK.len()).min(whole.len())..].to_string(),
        }
    }

    /// The address of the task `id`, as [`Route::to_query`] writes it.
    pub fn of(&self, id: &Id) -> String {
        let mut out = String::new();
        self.push(&mut out, id);
        out
    }

    fn push(&self, out: &mut String, id: &Id) {
        out.push_str(&self.head);
        for b in id.as_str().bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    out.push(b as char)
                }
                _ => {
                    let _ = write!(out, "%{b:02X}");
                }
            }
        }
        out.push_str(&self.tail);
    }
}

/// `s` as HTML text or a quoted attribute value.
pub fn push_escaped(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, c) in s.char_indices() {
        let rep = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(rep);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Appends the cells of `row` (a task of `plan`) to `out`: code, title (a
/// link to the task's page, the row's header), key area, lead unit,
/// co-operating units, tier, deadline, progress, light (its word, not only a
/// colour, and its reason) and last report. Long texts are clamped by CSS,
/// the full text in `title`; on a phone `data-label` names each cell.
pub fn row_html(
    out: &mut String,
    t: &'static Catalog,
    plan: &Plan,
    row: &TaskRow,
    href: &TaskHref,
) {
    let Some(task) = plan.tasks.get(row.index) else {
        return;
    };
    let tt = t.table;
    let text = |out: &mut String, s: &str| push_escaped(out, s);
    // A cell whose text is clamped, the whole text in its title.
    let clamped = |out: &mut String, class: &str, label: &str, s: &str| {
        let _ = write!(out, "<td class=\"{class}\" data-label=\"");
        text(out, label);
        out.push_str("\"><span class=\"clamp\" title=\"");
        text(out, s);
        out.push_str("\">");
        text(out, s);
        out.push_str("</span></td>");
    };
    let unit = |pos: usize| {
        plan.units
            .get(pos)
            .map_or(t.unknown_unit, |u| u.name.as_str())
    };

    out.push_str("<td class=\"code\">");
    text(out, &task.code);
    out.push_str("</td><th scope=\"row\" class=\"title\" title=\"");
    text(out, &task.title);
    out.push_str("\"><a href=\"");
    let at = out.len();
    href.push(out, &task.id);
    // The address is made of URL-safe characters and `&`, which must be escaped.
    if out[at..].contains('&') {
        let raw = out.split_off(at);
        text(out, &raw);
    }
    out.push_str("\">");
    // An item from outside the plan says where it comes from, in words.
    if !task.source.is_plan() {
        out.push_str("<span class=\"src-tag\">");
        text(out, (t.supervision.source_name)(task.source));
        out.push_str("</span> ");
    }
    text(out, &task.title);
    out.push_str("</a></th>");

    match plan.areas.get(row.area_pos) {
        Some(a) => clamped(out, "area-cell", tt.col_area, &a.title),
        None => clamped(out, "area-cell", tt.col_area, task.area.as_str()),
    }
    clamped(out, "lead-cell", t.col_lead, unit(row.lead_pos));
    if row.co_pos.is_empty() {
        clamped(out, "co-cell", tt.col_co_units, tt.nothing);
    } else {
        let mut co = String::new();
        for (n, &pos) in row.co_pos.iter().enumerate() {
            if n > 0 {
                co.push_str(t.ledger.list_sep);
            }
            co.push_str(unit(pos));
        }
        clamped(out, "co-cell", tt.col_co_units, &co);
    }

    out.push_str("<td class=\"tier-cell\" data-label=\"");
    text(out, t.col_tier);
    let _ = write!(out, "\"><span class=\"tier tier-{}\">", task.tier.key());
    text(out, (t.tier_name)(task.tier));
    out.push_str("</span></td><td class=\"date deadline\" data-label=\"");
    text(out, t.col_deadline);
    out.push_str("\">");
    match task.deadline {
        Some(d) => {
            let _ = write!(out, "{d}");
        }
        None => text(out, t.no_deadline),
    }

    let p = row.progress.clamp(0.0, 100.0);
    out.push_str("</td><td class=\"progress-cell\" data-label=\"");
    text(out, t.col_progress);
    let _ = write!(
        out,
        "\"><div class=\"progress\" role=\"progressbar\" aria-valuemin=\"0\" \
         aria-valuemax=\"100\" aria-valuenow=\"{p:.0}\" aria-label=\""
    );
    text(out, &(t.progress_of)(&task.title, p));
    let _ = write!(
        out,
        "\"><div class=\"bar t{} u{}\"></div><span class=\"pct\">{p:.0}%</span></div></td>",
        p.round() as u8 / 10,
        p.round() as u8 % 10
    );

    let reason = t.task_reason(&row.status, row.claim);
    out.push_str("<td class=\"light-cell\" data-label=\"");
    text(out, t.col_light);
    let _ = write!(
        out,
        "\"><span class=\"light light-{}\" title=\"",
        light_key(row.status.light)
    );
    text(out, &reason);
    out.push_str("\"><span class=\"dot\" aria-hidden=\"true\"></span><span class=\"word\">");
    text(out, (t.light_name)(row.status.light));
    out.push_str("</span> <span class=\"reason\">");
    text(out, &reason);
    out.push_str("</span></span></td><td class=\"date last\" data-label=\"");
    text(out, tt.col_last_report);
    out.push_str("\">");
    match row.last_report {
        Some(d) => {
            let _ = write!(out, "{d}");
        }
        None => text(out, tt.never_reported),
    }
    out.push_str("</td>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        let mut out = String::new();
        push_escaped(&mut out, "<script>alert(\"x\" & 'y')</script> 中文");
        assert_eq!(
            out,
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; 中文"
        );
    }

    #[test]
    fn a_task_address_is_the_routes_own() {
        for search in [
            "",
            "?view=tasks&q=x",
            "?lang=en&today=2023-09-30&view=units",
        ] {
            let href = TaskHref::new(search);
            for id in ["t-1", "t-1.1 中文&x=~ID~", ""] {
                let id = Id::new(id);
                assert_eq!(href.of(&id), Route::Task(id.clone()).to_query(search));
            }
        }
    }
}
