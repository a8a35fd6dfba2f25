//! Texts of the timeline view, in both languages.

/// Texts of the timeline view.
pub struct TimelineText {}

pub static EN: TimelineText = TimelineText {};

pub static ZH: TimelineText = TimelineText {};
