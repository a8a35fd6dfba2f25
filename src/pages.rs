//! The pages of the app, declared once: the `view` each has in the URL, the
//! tab it is shown under, and the catalog text that names it. The router
//! ([`crate::route`]), the navigation and the page mount (`ui/nav.rs`,
//! `ui/mod.rs`) and the window's title all read this table; a new page is a
//! row here, a [`crate::route::Route`] variant and its view.

use crate::i18n::Catalog;

/// A page of the app (a [`crate::route::Route`] without its parameters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Dashboard,
    Tasks,
    Task,
    Timeline,
    PeriodReport,
    Bulletin,
    Projects,
    Project,
    Indicators,
    Units,
    BulkReport,
    Setup,
    Plans,
    History,
    NewItem,
    Notice,
}

/// One row of the page table.
pub struct PageInfo {
    pub page: Page,
    /// Its `view` in the URL (`?view=tasks`); the dashboard has none.
    pub view: &'static str,
    /// The tab it is shown under (its own, for a tab).
    pub tab: Page,
    /// The words that name it (the tab's words, for a page under a tab).
    pub name: fn(&'static Catalog) -> &'static str,
}

/// Every page; the tabs in the order the navigation shows them.
pub const PAGES: [PageInfo; 16] = [
    row(Page::Dashboard, "", Page::Dashboard, |t| t.nav_dashboard),
    row(Page::Tasks, "tasks", Page::Tasks, |t| t.nav_tasks),
    row(Page::Task, "task", Page::Tasks, |t| t.nav_tasks),
    row(Page::Timeline, "timeline", Page::Timeline, |t| {
        t.nav_timeline
    }),
    row(Page::Projects, "projects", Page::Projects, |t| {
        t.nav_projects
    }),
    row(Page::Project, "project", Page::Projects, |t| t.nav_projects),
    row(Page::Indicators, "indicators", Page::Indicators, |t| {
        t.nav_indicators
    }),
    row(Page::Units, "units", Page::Units, |t| t.nav_units),
    row(Page::BulkReport, "report", Page::BulkReport, |t| {
        t.nav_report
    }),
    row(
        Page::PeriodReport,
        "period-report",
        Page::PeriodReport,
        |t| t.nav_period_report,
    ),
    row(Page::Bulletin, "bulletin", Page::Bulletin, |t| {
        t.bulletin.nav
    }),
    row(Page::Setup, "setup", Page::Setup, |t| t.nav_setup),
    row(Page::Plans, "plans", Page::Plans, |t| t.nav_plans),
    row(Page::History, "history", Page::History, |t| t.nav_history),
    row(Page::NewItem, "new-item", Page::Tasks, |t| t.nav_tasks),
    row(Page::Notice, "notice", Page::Tasks, |t| {
        t.supervision.print_title
    }),
];

const fn row(
    page: Page,
    view: &'static str,
    tab: Page,
    name: fn(&'static Catalog) -> &'static str,
) -> PageInfo {
    PageInfo {
        page,
        view,
        tab,
        name,
    }
}

impl Page {
    fn info(self) -> &'static PageInfo {
        PAGES
            .iter()
            .find(|p| p.page == self)
            .expect("every page is in the table")
    }

    /// The page a `view` parameter names, if any.
    pub fn from_view(view: &str) -> Option<Page> {
        PAGES
            .iter()
            .find(|p| !p.view.is_empty() && p.view == view)
            .map(|p| p.page)
    }

    /// Its `view` in the URL; empty for the dashboard.
    pub fn view(self) -> &'static str {
        self.info().view
    }

    /// The tab it is shown under.
    pub fn tab(self) -> Page {
        self.info().tab
    }

    /// The words that name it in `t`'s language.
    pub fn name(self, t: &'static Catalog) -> &'static str {
        (self.info().name)(t)
    }

    /// The tabs, in order.
    pub fn tabs() -> impl Iterator<Item = Page> {
        PAGES.iter().filter(|p| p.tab == p.page).map(|p| p.page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_page_once_with_its_own_view_and_a_tab_that_is_a_tab() {
        for (i, p) in PAGES.iter().enumerate() {
            assert!(
                PAGES[..i]
                    .iter()
                    .all(|q| q.page != p.page && q.view != p.view),
                "{:?} declared once, its view unique",
                p.page
            );
            assert_eq!(p.tab.tab(), p.tab, "{:?} is under a tab", p.page);
            if !p.view.is_empty() {
                assert_eq!(Page::from_view(p.view), Some(p.page));
            }
            for lang in [Lang::Zh, Lang::En] {
                assert!(!p.page.name(lang.catalog()).is_empty());
            }
        }
        assert_eq!(Page::tabs().count(), 12);
        assert_eq!(Page::from_view(""), None);
        assert_eq!(Page::from_view("nonsense"), None);
    }
}
