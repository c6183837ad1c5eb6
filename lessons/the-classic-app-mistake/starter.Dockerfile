FROM python:alpine3.7 as base
FROM base as builder
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
FROM base
COPY --from=builder /app /app
WORKDIR /app
EXPOSE 5000
CMD python ./app.py
