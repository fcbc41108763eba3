"""dateline: a sourced record of who said what, what happened, where and when."""
