// One process for every infra test, so the CDK app is synthesised once (see ./synth.ts).
import "./table.spec";
import "./bucket.spec";
import "./iot.spec";
import "./iam.spec";
import "./service.spec";
import "./inbound-email.spec";
