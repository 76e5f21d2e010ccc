//! The screens of the cell app.

pub mod export;
pub mod frame;
pub mod home;
pub mod import;
pub mod meeting;
pub mod member;
pub mod member_facts;
pub mod minutes;
pub mod opinion;
pub mod other_app;
pub mod profile;
pub mod profile_pack;
pub mod report;
pub mod roster;
pub mod rules;
pub mod summary;
