// The cross-browser tier in chromium (see suite.mjs).
import { suite } from "./suite.mjs";

suite("chromium");
