//! Questions asked of a plan: which tasks match a filter, in what order, how
//! many tasks each filter value would show, and how a query is written in the
//! URL. Pure, like the rest of the core; the task table, the dashboard's links,
//! the timeline and the scoreboard all ask through here.
//!
//! A [`TaskIndex`] is built once per plan and day (lights, progress, latest
//! report and a lower-cased search text per task, with the reports indexed in
//! one pass); filtering and sorting then only read it, so a province-sized
//! plan filters within a frame.

mod active;
mod filter;
mod index;
mod row_html;
mod search;
mod sort;
mod url;
mod window;

pub use active::{next_sort, toggled, ActiveFilter};
pub use filter::{Facets, Outcome, TaskFilter, TextHits};
pub use index::{project_positions, task_positions, ReportRef, Reports, TaskIndex, TaskRow};
pub use row_html::{push_escaped, row_html, TaskHref};
pub use search::TextSearch;
pub use sort::{compare_codes, in_order, Sort, SortKey};
pub use url::{light_key, parse_light, parse_tier, tier_key};
pub use window::{spans, Span};

/// A filter and an order: what the task table and the timeline show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskQuery {
    pub filter: TaskFilter,
    /// `None` keeps plan order.
    pub sort: Option<Sort>,
}

/// How the timeline groups its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Grouping {
    #[default]
    Area,
    Unit,
}
