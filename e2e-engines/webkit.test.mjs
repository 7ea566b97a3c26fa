// The cross-browser tier in webkit (see suite.mjs).
import { suite } from "./suite.mjs";

suite("webkit");
