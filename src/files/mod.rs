//! Files in and out, the only way data enters or leaves the app: reading what the user
//! chose or dropped ([`read`]), saving and sharing downloads ([`save`]), and the Word and
//! Excel writer loaded on demand ([`office`]).

pub mod office;
pub mod read;
pub mod save;
pub mod sign;
