import { buildApp } from "../lib/build-app";

buildApp().app.synth();
