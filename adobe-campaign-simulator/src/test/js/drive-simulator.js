// Drives the standalone Adobe Campaign simulator's SOAP router with Adobe's own Node client, @adobe/acc-js-sdk 1.2.0,
// and writes every request the client sent (envelope and headers) to a folder, as fixtures for the simulator's tests.
// Run by hand (see README.md, "Adobe's Node client"); not part of mvn verify.
//
//   node drive-simulator.js [baseUrl] [captureDir]
//
// The simulator must run with: --client-id my-client --client-secret my-secret --operator my-operator:my-password
//   --workflow WKF12 --signal WKF12:signal1 --command-delay 50ms
"use strict";

const fs = require("fs");
const path = require("path");
const sdk = require("@adobe/acc-js-sdk");

const baseUrl = process.argv[2] || "http://127.0.0.1:8090";
const captureDir = process.argv[3];
const WORKFLOW = "WKF12";

// acc-js-sdk downloads a schema (xtk:persist#GetEntityIfMoreRecent) before it calls one of its methods. The simulator
// serves no schemas: these constant answers stand in for them, with the signatures of Adobe's API reference.
const SCHEMAS = {
  "xtk:workflow": `<?xml version='1.0'?>
<SOAP-ENV:Envelope xmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:ns='urn:wpp:default' xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'>
<SOAP-ENV:Body><GetEntityIfMoreRecentResponse xmlns='urn:wpp:default' SOAP-ENV:encodingStyle='http://schemas.xmlsoap.org/soap/encoding/'>
<pdomDoc xsi:type='ns:Element' SOAP-ENV:encodingStyle='http://xml.apache.org/xml-soap/literalxml'>
<schema namespace="xtk" name="workflow"><element name="workflow"/><methods>
  <method name="Start" static="true"><parameters><param name="workflowId" type="string" inout="in"/></parameters></method>
  <method name="Pause" static="true"><parameters><param name="workflowId" type="string" inout="in"/></parameters></method>
  <method name="Stop" static="true"><parameters><param name="workflowId" type="string" inout="in"/></parameters></method>
  <method name="PostEvent" static="true"><parameters>
    <param name="workflowId" type="string" inout="in"/><param name="activity" type="string" inout="in"/>
    <param name="transition" type="string" inout="in"/><param name="parameters" type="DOMElement" inout="in"/>
    <param name="complete" type="boolean" inout="in"/></parameters></method>
</methods></schema></pdomDoc></GetEntityIfMoreRecentResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  "xtk:queryDef": `<?xml version='1.0'?>
<SOAP-ENV:Envelope xmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:ns='urn:wpp:default' xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'>
<SOAP-ENV:Body><GetEntityIfMoreRecentResponse xmlns='urn:wpp:default' SOAP-ENV:encodingStyle='http://schemas.xmlsoap.org/soap/encoding/'>
<pdomDoc xsi:type='ns:Element' SOAP-ENV:encodingStyle='http://xml.apache.org/xml-soap/literalxml'>
<schema namespace="xtk" name="queryDef"><element name="queryDef"/><methods>
  <method const="true" name="ExecuteQuery"><parameters><param name="output" type="DOMDocument" inout="out"/></parameters></method>
</methods></schema></pdomDoc></GetEntityIfMoreRecentResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
};

function soapAction(request) {
  const headers = request.headers || {};
  return headers.SoapAction || headers.SOAPAction || "";
}

/** Wraps the client's transport: answers schema downloads locally, records every other request. */
function capturingTransport(realTransport, label, seen) {
  return async (request, options) => {
    const action = soapAction(request);
    if (action === "xtk:persist#GetEntityIfMoreRecent") {
      const id = Object.keys(SCHEMAS).find((schema) => request.data.includes(`>xtk:schema|${schema}<`));
      if (!id) throw new Error(`no local schema for ${request.data}`);
      return SCHEMAS[id];
    }
    const count = (seen[action] = (seen[action] || 0) + 1);
    if (captureDir) {
      const name = `${label}-${action.replace(/[:#]/g, "-")}${count > 1 ? "-" + count : ""}`;
      fs.writeFileSync(path.join(captureDir, `${name}.xml`), request.data);
      fs.writeFileSync(path.join(captureDir, `${name}.headers.json`),
        JSON.stringify({ method: request.method, url: request.url.substring(baseUrl.length), headers: request.headers }, null, 2) + "\n");
    }
    const response = await realTransport(request, options);
    console.log(`${label} ${action} -> ${String(response).replace(/\s+/g, " ").substring(0, 160)}`);
    return response;
  };
}

async function stateOf(client) {
  const query = client.NLWS.xtkQueryDef.create({
    schema: "xtk:workflow", operation: "getIfExists",
    select: { node: [{ expr: "@id" }, { expr: "@internalName" }, { expr: "@label" }, { expr: "@state" }, { expr: "@failed" }] },
    where: { condition: [{ expr: `@internalName='${WORKFLOW}'` }] },
  });
  return await query.executeQuery();
}

async function awaitState(client, wanted) {
  for (let i = 0; i < 100; i++) {
    const workflow = await stateOf(client);
    if (String(workflow.state) === String(wanted)) return workflow;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${WORKFLOW} never reached state ${wanted}`);
}

async function asOperator() {
  const client = await sdk.init(sdk.ConnectionParameters.ofUserAndPassword(baseUrl, "my-operator", "my-password"));
  client._transport = capturingTransport(client._transport, "operator", {});
  await client.logon();
  const workflow = client.NLWS.xtkWorkflow;
  await workflow.start(WORKFLOW);
  console.log("started:", await awaitState(client, 11));
  await workflow.postEvent(WORKFLOW, "signal1", "", { hello: "world", count: "3" }, false);
  await workflow.pause(WORKFLOW);
  console.log("paused:", await awaitState(client, 13));
  await workflow.start(WORKFLOW); // resumes: Campaign has no Resume
  console.log("resumed:", await awaitState(client, 11));
  await workflow.stop(WORKFLOW);
  console.log("stopped:", await awaitState(client, 20));
  await client.logoff();
}

async function withImsToken() {
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: "my-client", client_secret: "my-secret",
    scope: "AdobeID,openid,campaign_sdk" });
  const token = (await (await fetch(`${baseUrl}/ims/token/v3`, { method: "POST", body: form })).json()).access_token;
  const client = await sdk.init(sdk.ConnectionParameters.ofImsBearerToken(baseUrl, token));
  client._transport = capturingTransport(client._transport, "ims", {});
  await client.logon(); // no Logon call with an IMS token
  await client.NLWS.xtkWorkflow.start(WORKFLOW);
  console.log("started again:", await awaitState(client, 11));
  await client.NLWS.xtkWorkflow.stop(WORKFLOW);
  console.log("stopped again:", await awaitState(client, 20));
  await client.logoff();

  const refused = await sdk.init(sdk.ConnectionParameters.ofImsBearerToken(baseUrl, "not-a-token"));
  await refused.logon();
  try {
    await stateOf(refused);
    throw new Error("a wrong bearer token was accepted");
  } catch (e) {
    console.log(`wrong token refused: ${e.statusCode} ${e.errorCode || ""} ${e.faultString || e.message}`);
  }
}

(async () => {
  if (captureDir) fs.mkdirSync(captureDir, { recursive: true });
  await asOperator();
  await withImsToken();
  console.log("acc-js-sdk drove the simulator: done");
})().catch((e) => {
  console.error("FAILED:", e);
  process.exit(1);
});
