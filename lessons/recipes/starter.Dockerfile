FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B package
EXPOSE 8080
CMD ["java", "-jar", "target/hello.jar"]
