//! The pages of the app, declared once: the `view` each has in the URL, the
//! tab it is shown under, the group of the navigation that tab is in, and
//! the catalog text that names it. The router
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
    Help,
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
    /// The group of the navigation its tab is in (its tab's group).
    pub group: Group,
}

/// The groups of the navigation: daily work up front, the others each
/// behind a button (all in the menu on a phone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The dashboard, the task table, reporting by unit.
    Daily,
    /// The timeline, projects, indicators, units, the period report.
    Analysis,
    /// Goals and areas, the plans in this browser, the change history, help.
    Setup,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Daily, Group::Analysis, Group::Setup];
}

/// Every page; the tabs in the order the navigation shows them, each group's
/// in turn. A new view is one row here (and its route and component).
pub const PAGES: [PageInfo; 17] = [
    row(Page::Dashboard, "", Page::Dashboard, Group::Daily, |t| {
        t.nav_dashboard
    }),
    row(Page::Tasks, "tasks", Page::Tasks, Group::Daily, |t| {
        t.nav_tasks
    }),
    row(Page::Task, "task", Page::Tasks, Group::Daily, |t| {
        t.nav_tasks
    }),
    row(
        Page::BulkReport,
        "report",
        Page::BulkReport,
        Group::Daily,
        |t| t.nav_report,
    ),
    row(
        Page::Timeline,
        "timeline",
        Page::Timeline,
        Group::Analysis,
        |t| t.nav_timeline,
    ),
    row(
        Page::Projects,
        "projects",
        Page::Projects,
        Group::Analysis,
        |t| t.nav_projects,
    ),
    row(
        Page::Project,
        "project",
        Page::Projects,
        Group::Analysis,
        |t| t.nav_projects,
    ),
    row(
        Page::Indicators,
        "indicators",
        Page::Indicators,
        Group::Analysis,
        |t| t.nav_indicators,
    ),
    row(Page::Units, "units", Page::Units, Group::Analysis, |t| {
        t.nav_units
    }),
    row(
        Page::PeriodReport,
        "period-report",
        Page::PeriodReport,
        Group::Analysis,
        |t| t.nav_period_report,
    ),
    row(
        Page::Bulletin,
        "bulletin",
        Page::Bulletin,
        Group::Analysis,
        |t| t.bulletin.nav,
    ),
    row(Page::Setup, "setup", Page::Setup, Group::Setup, |t| {
        t.nav_setup
    }),
    row(Page::Plans, "plans", Page::Plans, Group::Setup, |t| {
        t.nav_plans
    }),
    row(Page::History, "history", Page::History, Group::Setup, |t| {
        t.nav_history
    }),
    row(Page::Help, "help", Page::Help, Group::Setup, |t| t.help.nav),
    row(Page::NewItem, "new-item", Page::Tasks, Group::Daily, |t| {
        t.nav_tasks
    }),
    row(Page::Notice, "notice", Page::Tasks, Group::Daily, |t| {
        t.supervision.print_title
    }),
];

const fn row(
    page: Page,
    view: &'static str,
    tab: Page,
    group: Group,
    name: fn(&'static Catalog) -> &'static str,
) -> PageInfo {
    PageInfo {
        page,
        view,
        tab,
        name,
        group,
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

    /// The group of the navigation it is in.
    pub fn group(self) -> Group {
        self.info().group
    }

    /// The tabs, in order.
    pub fn tabs() -> impl Iterator<Item = Page> {
        PAGES.iter().filter(|p| p.tab == p.page).map(|p| p.page)
    }

    /// The tabs of `group`, in order.
    pub fn tabs_in(group: Group) -> impl Iterator<Item = Page> {
        Page::tabs().filter(move |p| p.group() == group)
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
            assert_eq!(p.group, p.tab.group(), "{:?} is in its tab's group", p.page);
            if !p.view.is_empty() {
                assert_eq!(Page::from_view(p.view), Some(p.page));
            }
            for lang in [Lang::Zh, Lang::En] {
                assert!(!p.page.name(lang.catalog()).is_empty());
            }
        }
        assert_eq!(Page::tabs().count(), 13);
        // The groups follow one another: the navigation shows them in turn.
        let groups: Vec<Group> = Page::tabs().map(Page::group).collect();
        assert!(groups
            .windows(2)
            .all(|w| Group::ALL.iter().position(|g| *g == w[0])
                <= Group::ALL.iter().position(|g| *g == w[1])));
        for g in Group::ALL {
            assert!(Page::tabs_in(g).next().is_some(), "{g:?} has a tab");
        }
        assert_eq!(Page::from_view(""), None);
        assert_eq!(Page::from_view("nonsense"), None);
    }
}
