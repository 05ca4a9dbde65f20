"""newsparse."""
