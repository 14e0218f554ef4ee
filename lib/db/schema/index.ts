export * from "./areas";
export * from "./users";
export * from "./platform";
export * from "./aspirations";
export * from "./letters";
export * from "./minutes";
export * from "./privacy";
export * from "./pokir";
