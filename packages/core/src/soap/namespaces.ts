/** SOAP 1.1 envelope. */
export const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
/** X-Road message protocol 4.0 header fields. */
export const XROAD = 'http://x-road.eu/xsd/xroad.xsd';
/** X-Road identifiers (client, service). */
export const XROAD_ID = 'http://x-road.eu/xsd/identifiers';
