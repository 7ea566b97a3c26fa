// The cross-browser tier in firefox (see suite.mjs).
import { suite } from "./suite.mjs";

suite("firefox");
