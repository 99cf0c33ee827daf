//! [`Emulator`]: build one, then `serve(listener)`.

/// Builder for [`Emulator`].
#[derive(Default)]
pub struct EmulatorBuilder {}

/// A running-ready emulator.
pub struct Emulator {}
