/**
 * Errors shaped like `OfficeExtension.Error`: production code tells them apart by `code`, as it must
 * with the real API, so the double throws the same codes and similar messages.
 */
export class OfficeErrorDouble extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

export function invalidArgument(detail: string, location?: string): OfficeErrorDouble {
  return new OfficeErrorDouble("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${detail})`, location);
}

export function itemNotFound(what: string): OfficeErrorDouble {
  return new OfficeErrorDouble("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function apiNotFound(api: string, version: string): OfficeErrorDouble {
  return new OfficeErrorDouble("ApiNotFound", `The API you are trying to use could not be found. (${api} needs ExcelApi ${version})`);
}
