//! Which view is on screen, as URL query parameters (`?view=task&id=t-1-1`).
//!
//! The state lives in the query string, not the path, so the page works from
//! any static host and sub-path with no server rewrite. `lang` and `today`
//! are carried along on every link. Parsing and writing are pure and tested
//! here; the shell only reads `location.search` and pushes history entries.

use crate::model::{Choice, Date, Id, SourceKind};
use crate::pages::Page;
use crate::period::Period;
use crate::query::{Grouping, TaskQuery};

/// A view of the app.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Route {
    /// The plan at a glance: progress, lights, the red list, what falls due.
    #[default]
    Dashboard,
    /// The task table, filtered and sorted.
    Tasks(TaskQuery),
    /// One task: its fields, milestones and progress ledger.
    Task(Id),
    /// Tasks, milestones and projects on a time axis, filtered like the table.
    Timeline(TaskQuery, Grouping),
    /// A printable report for a period (the current quarter when `None`).
    PeriodReport(Option<Period>),
    /// The bulletin (情况通报) for a period (the current quarter when `None`).
    Bulletin(Option<Period>),
    /// The key projects.
    Projects,
    /// One project and its ledger.
    Project(Id),
    /// Indicators and their values.
    Indicators,
    /// The unit scoreboard, and the units themselves.
    Units,
    /// Reporting on all of one unit's tasks in one sitting.
    BulkReport(Option<Id>),
    /// Strategic goals, key areas and the plan's own settings.
    Setup,
    /// Every plan kept in this browser: new, copy, rename, delete.
    Plans,
    /// The plan's change history.
    History,
    /// How the lights and scores are worked out, and the keyboard shortcuts.
    Help,
    /// The task form for a new item from a source (a meeting, a leader's
    /// instruction, a document).
    NewItem(SourceKind),
    /// A supervision notice as a printable page.
    Notice(Id),
}

impl Route {
    /// Read a route from a query string (with or without the leading `?`).
    /// Unknown views fall back to the overview.
    pub fn parse(query: &str) -> Route {
        let params = params(query);
        let get = |k: &str| {
            params
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        let id = || get("id").filter(|s| !s.is_empty()).map(Id);
        let page = get("view").and_then(|v| Page::from_view(&v));
        match page.unwrap_or(Page::Dashboard) {
            Page::Dashboard => Route::Dashboard,
            Page::Tasks => Route::Tasks(TaskQuery::from_params(&params)),
            Page::Task => id().map(Route::Task).unwrap_or_default(),
            Page::Timeline => Route::Timeline(
                TaskQuery::from_params(&params),
                Grouping::parse(get("group").as_deref().unwrap_or("")),
            ),
            Page::PeriodReport => {
                Route::PeriodReport(get("period").and_then(|p| Period::parse(&p)))
            }
            Page::Bulletin => Route::Bulletin(get("period").and_then(|p| Period::parse(&p))),
            Page::Projects => Route::Projects,
            Page::Project => id().map(Route::Project).unwrap_or(Route::Projects),
            Page::Indicators => Route::Indicators,
            Page::Units => Route::Units,
            Page::BulkReport => Route::BulkReport(get("unit").filter(|s| !s.is_empty()).map(Id)),
            Page::Setup => Route::Setup,
            Page::Plans => Route::Plans,
            Page::History => Route::History,
            Page::Help => Route::Help,
            Page::NewItem => Route::NewItem(
                get("source")
                    .and_then(|s| SourceKind::from_key(&s))
                    .unwrap_or_default(),
            ),
            Page::Notice => id().map(Route::Notice).unwrap_or_default(),
        }
    }

    /// The page this route shows.
    pub fn page(&self) -> Page {
        match self {
            Route::Dashboard => Page::Dashboard,
            Route::Tasks(_) => Page::Tasks,
            Route::Task(_) => Page::Task,
            Route::Timeline(..) => Page::Timeline,
            Route::PeriodReport(_) => Page::PeriodReport,
            Route::Bulletin(_) => Page::Bulletin,
            Route::Projects => Page::Projects,
            Route::Project(_) => Page::Project,
            Route::Indicators => Page::Indicators,
            Route::Units => Page::Units,
            Route::BulkReport(_) => Page::BulkReport,
            Route::Setup => Page::Setup,
            Route::Plans => Page::Plans,
            Route::History => Page::History,
            Route::Help => Page::Help,
            Route::NewItem(_) => Page::NewItem,
            Route::Notice(_) => Page::Notice,
        }
    }

    /// Where a tab of `page` leads: the page with no parameters, or `None`
    /// for a page that needs an id (a task, a project).
    pub fn home(page: Page) -> Option<Route> {
        Some(match page {
            Page::Dashboard => Route::Dashboard,
            Page::Tasks => Route::Tasks(TaskQuery::default()),
            Page::Timeline => Route::Timeline(TaskQuery::default(), Grouping::default()),
            Page::PeriodReport => Route::PeriodReport(None),
            Page::Bulletin => Route::Bulletin(None),
            Page::Projects => Route::Projects,
            Page::Indicators => Route::Indicators,
            Page::Units => Route::Units,
            Page::BulkReport => Route::BulkReport(None),
            Page::Setup => Route::Setup,
            Page::Plans => Route::Plans,
            Page::History => Route::History,
            Page::Help => Route::Help,
            Page::NewItem => Route::NewItem(SourceKind::default()),
            Page::Task | Page::Project | Page::Notice => return None,
        })
    }

    /// This route as query parameters, `lang` and `today` from `query` kept.
    pub fn to_query(&self, query: &str) -> String {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut put = |k: &str, v: String| out.push((k.to_string(), v));
        let view = self.page().view();
        if !view.is_empty() {
            put("view", view.into());
        }
        match self {
            Route::Tasks(q) => out.extend(q.to_params()),
            Route::Task(id) | Route::Project(id) | Route::Notice(id) => put("id", id.to_string()),
            Route::NewItem(source) => put("source", source.key().into()),
            Route::Timeline(q, group) => {
                if *group != Grouping::default() {
                    put("group", group.key().into());
                }
                out.extend(q.to_params());
            }
            Route::PeriodReport(Some(p)) | Route::Bulletin(Some(p)) => put("period", p.to_string()),
            Route::BulkReport(Some(u)) => put("unit", u.to_string()),
            _ => {}
        }
        for (k, v) in params(query) {
            if k == "lang" || k == "today" {
                out.push((k, v));
            }
        }
        if out.is_empty() {
            return "?".into();
        }
        let body: Vec<String> = out
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        format!("?{}", body.join("&"))
    }
}

/// The date given as `?today=YYYY-MM-DD`, which stands in for the clock
/// (for tests and demonstrations: every figure counts from that day, with
/// every report the plan holds).
pub fn today_param(query: &str) -> Option<Date> {
    params(query)
        .into_iter()
        .find(|(k, _)| k == "today")
        .and_then(|(_, v)| crate::model::parse_ymd(&v))
}

/// `k=v&k2=v2` into decoded pairs.
pub fn params(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let filtered = TaskQuery::from_params(&params(
            "q=数字 cloud&area=a-1&area=a-2&goal=g-1&tier=key_breakthrough&lead=u-1&co=u-2&light=red\
             &light=grey&pmin=10&pmax=90&due_from=2023-01-01&due_to=2023-12-31&tag=园区\
             &overdue=1&since=2023-06-30&sort=deadline&desc=1",
        ));
        assert_eq!(filtered.filter.active_count(), 12);
        let routes = [
            Route::Dashboard,
            Route::Tasks(TaskQuery::default()),
            Route::Tasks(filtered.clone()),
            Route::Timeline(filtered, Grouping::Unit),
            Route::Timeline(TaskQuery::default(), Grouping::Area),
            Route::PeriodReport(None),
            Route::PeriodReport(Period::parse("2023-Q3")),
            Route::Bulletin(None),
            Route::Bulletin(Period::parse("2026-07")),
            Route::Task(Id::new("t-1.1 中文&x")),
            Route::Projects,
            Route::Project(Id::new("p-1")),
            Route::Indicators,
            Route::Units,
            Route::BulkReport(None),
            Route::BulkReport(Some(Id::new("u-xiaodian"))),
            Route::Setup,
            Route::Plans,
            Route::History,
            Route::Help,
            Route::NewItem(SourceKind::Meeting),
            Route::NewItem(SourceKind::Plan),
            Route::Notice(Id::new("n-1")),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.to_query("")), r, "{r:?}");
        }
    }

    #[test]
    fn lang_and_today_are_carried_along() {
        let q = Route::Task(Id::new("t-1")).to_query("?lang=en&today=2023-09-30&view=units");
        assert_eq!(q, "?view=task&id=t-1&lang=en&today=2023-09-30");
        assert_eq!(Route::Dashboard.to_query("?view=units"), "?");
        assert_eq!(today_param(&q), Date::from_ymd_opt(2023, 9, 30));
        assert_eq!(today_param("?today=2023-02-30"), None);
    }

    #[test]
    fn unknown_or_incomplete_views_fall_back() {
        assert_eq!(Route::parse("?view=nonsense"), Route::Dashboard);
        assert_eq!(Route::parse("?view=task"), Route::Dashboard);
        assert_eq!(
            Route::parse("?view=period-report&period=2023-Q9"),
            Route::PeriodReport(None)
        );
        assert_eq!(Route::parse("?view=project"), Route::Projects);
        assert_eq!(Route::parse(""), Route::Dashboard);
    }

    #[test]
    fn decoding_survives_bad_escapes() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("a+b"), "a b");
    }
}
